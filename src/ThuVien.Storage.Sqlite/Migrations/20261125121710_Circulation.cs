using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThuVien.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Circulation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReaderId = table.Column<long>(type: "INTEGER", nullable: true),
                    LoanId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Paid = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Waived = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AccruedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reader_categories",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reader_categories", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FineId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReaderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Library = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payments_fines_FineId",
                        column: x => x.FineId,
                        principalTable: "fines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loan_rules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReaderCategory = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Library = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FinePerDay = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    GraceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LoanDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxFine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    MaxItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Renewals = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loan_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loan_rules_reader_categories_ReaderCategory",
                        column: x => x.ReaderCategory,
                        principalTable: "reader_categories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "readers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NationalId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HomeLibrary = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CardExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ManualBlock = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    KeepsLoanHistory = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_readers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_readers_reader_categories_Category",
                        column: x => x.Category,
                        principalTable: "reader_categories",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "holds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReaderId = table.Column<long>(type: "INTEGER", nullable: false),
                    PickupLibrary = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    ShelvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PickupBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_holds_readers_ReaderId",
                        column: x => x.ReaderId,
                        principalTable: "readers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReaderId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Library = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LoanedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RenewalsUsed = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    End = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OverdueFine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FinePerDay = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    GraceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LoanDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxFine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    MaxItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Renewals = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_loans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_loans_readers_ReaderId",
                        column: x => x.ReaderId,
                        principalTable: "readers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReaderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_readers_ReaderId",
                        column: x => x.ReaderId,
                        principalTable: "readers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fines_LoanId_Kind",
                table: "fines",
                columns: new[] { "LoanId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_fines_ReaderId",
                table: "fines",
                column: "ReaderId");

            migrationBuilder.CreateIndex(
                name: "IX_holds_ItemId",
                table: "holds",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_holds_ReaderId_Status",
                table: "holds",
                columns: new[] { "ReaderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_holds_RecordId_Status_PlacedAt",
                table: "holds",
                columns: new[] { "RecordId", "Status", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_loan_rules_ReaderCategory_ItemType_Library",
                table: "loan_rules",
                columns: new[] { "ReaderCategory", "ItemType", "Library" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_loans_DueOn",
                table: "loans",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_loans_open_item",
                table: "loans",
                column: "ItemId",
                unique: true,
                filter: "\"ClosedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_loans_ReaderId_ClosedAt",
                table: "loans",
                columns: new[] { "ReaderId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ReaderId_CreatedAt",
                table: "notifications",
                columns: new[] { "ReaderId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_SentAt",
                table: "notifications",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_payments_FineId",
                table: "payments",
                column: "FineId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_ReaderId",
                table: "payments",
                column: "ReaderId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_ReceiptNumber",
                table: "payments",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_readers_CardNumber",
                table: "readers",
                column: "CardNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_readers_Category",
                table: "readers",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_readers_NationalId",
                table: "readers",
                column: "NationalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "holds");

            migrationBuilder.DropTable(
                name: "loan_rules");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "readers");

            migrationBuilder.DropTable(
                name: "fines");

            migrationBuilder.DropTable(
                name: "reader_categories");
        }
    }
}
