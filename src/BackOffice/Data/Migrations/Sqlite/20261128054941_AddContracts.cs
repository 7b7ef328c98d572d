using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    PaymentTermsDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommissionBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    MinimumMarginBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    FreeCancellationHours = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFeeKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LateFeeBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    LateFeeFixedMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShowFeeMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true, collation: "NOCASE"),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true, collation: "NOCASE"),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true, collation: "NOCASE"),
                    TerminationEffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true, collation: "NOCASE"),
                    TerminatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contracts_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Status_ValidTo",
                table: "Contracts",
                columns: new[] { "Status", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_SupplierId_Number_VersionNumber",
                table: "Contracts",
                columns: new[] { "SupplierId", "Number", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contracts");
        }
    }
}
