using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThuVien.Storage.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }
    }
}
