using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSimulationRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimulationRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false, collation: "NOCASE"),
                    BookedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BookedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedRuleSetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedRuleSetNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftRuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftRuleSetNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<string>(type: "TEXT", nullable: false),
                    Suppliers = table.Column<string>(type: "TEXT", nullable: false),
                    Unpriced = table.Column<string>(type: "TEXT", nullable: false),
                    UnpricedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulationRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SimulationRuns_RunAtUtc",
                table: "SimulationRuns",
                column: "RunAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimulationRuns");
        }
    }
}
