using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.MariaDb
{
    /// <inheritdoc />
    public partial class AddInputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_CapMinor_Minimum",
                table: "SupplierExtras",
                sql: "CapMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_PriceMinor_Minimum",
                table: "SupplierExtras",
                sql: "PriceMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MaxLeadDays_Range",
                table: "PricingRules",
                sql: "MaxLeadDays BETWEEN 0 AND 730");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MaxMarginMinor_Minimum",
                table: "PricingRules",
                sql: "MaxMarginMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MaxRentalDays_Range",
                table: "PricingRules",
                sql: "MaxRentalDays BETWEEN 1 AND 366");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MinLeadDays_Range",
                table: "PricingRules",
                sql: "MinLeadDays BETWEEN 0 AND 730");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MinMarginMinor_Minimum",
                table: "PricingRules",
                sql: "MinMarginMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_MinRentalDays_Range",
                table: "PricingRules",
                sql: "MinRentalDays BETWEEN 1 AND 366");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_PercentBasisPoints_Range",
                table: "PricingRules",
                sql: "PercentBasisPoints BETWEEN -9000 AND 50000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OneWayFees_FeeMinor_Minimum",
                table: "OneWayFees",
                sql: "FeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_AfterHoursFeeMinor_Minimum",
                table: "Locations",
                sql: "AfterHoursFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Bags_Range",
                table: "FleetOffers",
                sql: "Bags BETWEEN 0 AND 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_DailyAllocation_Range",
                table: "FleetOffers",
                sql: "DailyAllocation BETWEEN 0 AND 999");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_DepositMinor_Minimum",
                table: "FleetOffers",
                sql: "DepositMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Doors_Range",
                table: "FleetOffers",
                sql: "Doors BETWEEN 0 AND 6");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_MileageKilometresPerDay_Range",
                table: "FleetOffers",
                sql: "MileageKilometresPerDay BETWEEN 1 AND 5000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_MinimumDriverAge_Range",
                table: "FleetOffers",
                sql: "MinimumDriverAge BETWEEN 18 AND 99");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Seats_Range",
                table: "FleetOffers",
                sql: "Seats BETWEEN 1 AND 60");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_YoungDriverAge_Range",
                table: "FleetOffers",
                sql: "YoungDriverAge BETWEEN 18 AND 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeMinor_Minimum",
                table: "FleetOffers",
                sql: "YoungDriverDailyFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_CommissionBasisPoints_Range",
                table: "Contracts",
                sql: "CommissionBasisPoints BETWEEN 1 AND 9999");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_FreeCancellationHours_Range",
                table: "Contracts",
                sql: "FreeCancellationHours BETWEEN 0 AND 8760");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_LateFeeBasisPoints_Range",
                table: "Contracts",
                sql: "LateFeeBasisPoints BETWEEN 0 AND 10000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_LateFeeFixedMinor_Minimum",
                table: "Contracts",
                sql: "LateFeeFixedMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_MinimumMarginBasisPoints_Range",
                table: "Contracts",
                sql: "MinimumMarginBasisPoints BETWEEN 0 AND 10000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_NoShowFeeMinor_Minimum",
                table: "Contracts",
                sql: "NoShowFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_PaymentTermsDays_Range",
                table: "Contracts",
                sql: "PaymentTermsDays BETWEEN 0 AND 180");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_AmountPaidMinor_Minimum",
                table: "Bookings",
                sql: "AmountPaidMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationFeeMinor_Minimum",
                table: "Bookings",
                sql: "CancellationFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationRefundMinor_Minimum",
                table: "Bookings",
                sql: "CancellationRefundMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CommissionBasisPoints_Range",
                table: "Bookings",
                sql: "CommissionBasisPoints BETWEEN 0 AND 10000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerTotalMinor_Minimum",
                table: "Bookings",
                sql: "CustomerTotalMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_NoShowFeeMinor_Minimum",
                table: "Bookings",
                sql: "NoShowFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_NoShowRefundMinor_Minimum",
                table: "Bookings",
                sql: "NoShowRefundMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_RentalDays_Range",
                table: "Bookings",
                sql: "RentalDays BETWEEN 1 AND 366");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_SupplierTotalMinor_Minimum",
                table: "Bookings",
                sql: "SupplierTotalMinor >= 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_CapMinor_Minimum",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_PriceMinor_Minimum",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MaxLeadDays_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MaxMarginMinor_Minimum",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MaxRentalDays_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MinLeadDays_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MinMarginMinor_Minimum",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_MinRentalDays_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_PercentBasisPoints_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OneWayFees_FeeMinor_Minimum",
                table: "OneWayFees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_AfterHoursFeeMinor_Minimum",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Bags_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_DailyAllocation_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_DepositMinor_Minimum",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Doors_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_MileageKilometresPerDay_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_MinimumDriverAge_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Seats_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_YoungDriverAge_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeMinor_Minimum",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_CommissionBasisPoints_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_FreeCancellationHours_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_LateFeeBasisPoints_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_LateFeeFixedMinor_Minimum",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_MinimumMarginBasisPoints_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_NoShowFeeMinor_Minimum",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_PaymentTermsDays_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_AmountPaidMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationFeeMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationRefundMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CommissionBasisPoints_Range",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerTotalMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_NoShowFeeMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_NoShowRefundMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_RentalDays_Range",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_SupplierTotalMinor_Minimum",
                table: "Bookings");
        }
    }
}
