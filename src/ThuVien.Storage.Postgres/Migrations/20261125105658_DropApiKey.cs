using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThuVien.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropApiKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApiKeyHash",
                table: "node");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApiKeyHash",
                table: "node",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }
    }
}
