using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThuVien.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OaiProvider : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_changes_RecordId",
                table: "changes");

            migrationBuilder.CreateTable(
                name: "oai_secret",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oai_secret", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_changes_RecordId_Sequence",
                table: "changes",
                columns: new[] { "RecordId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oai_secret");

            migrationBuilder.DropIndex(
                name: "IX_changes_RecordId_Sequence",
                table: "changes");

            migrationBuilder.CreateIndex(
                name: "IX_changes_RecordId",
                table: "changes",
                column: "RecordId");
        }
    }
}
