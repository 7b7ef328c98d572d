using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPricingRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PricingRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true, collation: "NOCASE"),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupersededAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricingRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PricingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: true, collation: "NOCASE"),
                    PickUpLocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcrissPattern = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 4, nullable: true, collation: "NOCASE"),
                    PickUpFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PickUpTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BookedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BookedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MinLeadDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxLeadDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MinRentalDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxRentalDays = table.Column<int>(type: "INTEGER", nullable: true),
                    PercentBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true, collation: "NOCASE"),
                    PerRentalMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    PerDayMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    MinMarginMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxMarginMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Rounding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StopFurtherRules = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true, collation: "NOCASE"),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PricingRules_Locations_PickUpLocationId",
                        column: x => x.PickUpLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PricingRules_PricingRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalTable: "PricingRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PricingRules_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PricingRules_PickUpLocationId",
                table: "PricingRules",
                column: "PickUpLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_PricingRules_RuleSetId_Number",
                table: "PricingRules",
                columns: new[] { "RuleSetId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PricingRules_SupplierId",
                table: "PricingRules",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_PricingRuleSets_Number",
                table: "PricingRuleSets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PricingRuleSets_Status",
                table: "PricingRuleSets",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PricingRules");

            migrationBuilder.DropTable(
                name: "PricingRuleSets");
        }
    }
}
