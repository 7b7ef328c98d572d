using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFleetAndRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FleetOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Acriss = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 4, nullable: false, collation: "NOCASE"),
                    SampleModel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    Doors = table.Column<int>(type: "INTEGER", nullable: false),
                    Bags = table.Column<int>(type: "INTEGER", nullable: false),
                    MileageKilometresPerDay = table.Column<int>(type: "INTEGER", nullable: true),
                    DepositMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    MinimumDriverAge = table.Column<int>(type: "INTEGER", nullable: false),
                    YoungDriverAge = table.Column<int>(type: "INTEGER", nullable: true),
                    YoungDriverDailyFeeMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    YoungDriverDailyFeeCurrency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: true, collation: "NOCASE"),
                    DailyAllocation = table.Column<int>(type: "INTEGER", nullable: false),
                    StopSell = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FleetOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FleetOffers_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FleetOffers_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OneWayFees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromLocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToLocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    FeeMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneWayFees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneWayFees_Locations_FromLocationId",
                        column: x => x.FromLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneWayFees_Locations_ToLocationId",
                        column: x => x.ToLocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OneWayFees_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierExtras",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    PriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CapMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierExtras", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierExtras_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfferRates",
                columns: table => new
                {
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false, collation: "NOCASE"),
                    Bands = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fallback = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferRates", x => x.OfferId);
                    table.ForeignKey(
                        name: "FK_OfferRates_FleetOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "FleetOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Seasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true, collation: "NOCASE"),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rates = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seasons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seasons_OfferRates_OfferId",
                        column: x => x.OfferId,
                        principalTable: "OfferRates",
                        principalColumn: "OfferId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FleetOffers_Acriss",
                table: "FleetOffers",
                column: "Acriss");

            migrationBuilder.CreateIndex(
                name: "IX_FleetOffers_LocationId_Acriss",
                table: "FleetOffers",
                columns: new[] { "LocationId", "Acriss" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FleetOffers_SupplierId_Acriss",
                table: "FleetOffers",
                columns: new[] { "SupplierId", "Acriss" });

            migrationBuilder.CreateIndex(
                name: "IX_OneWayFees_FromLocationId_ToLocationId",
                table: "OneWayFees",
                columns: new[] { "FromLocationId", "ToLocationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneWayFees_SupplierId",
                table: "OneWayFees",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_OneWayFees_ToLocationId",
                table: "OneWayFees",
                column: "ToLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Seasons_OfferId_From",
                table: "Seasons",
                columns: new[] { "OfferId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierExtras_SupplierId_Kind_Name",
                table: "SupplierExtras",
                columns: new[] { "SupplierId", "Kind", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OneWayFees");

            migrationBuilder.DropTable(
                name: "Seasons");

            migrationBuilder.DropTable(
                name: "SupplierExtras");

            migrationBuilder.DropTable(
                name: "OfferRates");

            migrationBuilder.DropTable(
                name: "FleetOffers");
        }
    }
}
