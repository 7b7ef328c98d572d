using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAuditLogIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "Action", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "UserName", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Action_OccurredAtUtc",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserName_OccurredAtUtc",
                table: "AuditEntries");
        }
    }
}
