using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CarRentalGateway.BackOffice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddInputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_AccountingEmail_Length",
                table: "Suppliers",
                sql: "length(\"AccountingEmail\") <= 254");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Code_Length",
                table: "Suppliers",
                sql: "length(\"Code\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_CountryCode_Length",
                table: "Suppliers",
                sql: "length(\"CountryCode\") <= 2");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_CurrencyCode_Length",
                table: "Suppliers",
                sql: "length(\"CurrencyCode\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_LegalName_Length",
                table: "Suppliers",
                sql: "length(\"LegalName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Name_Length",
                table: "Suppliers",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Notes_Length",
                table: "Suppliers",
                sql: "length(\"Notes\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Phone_Length",
                table: "Suppliers",
                sql: "length(\"Phone\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_ReservationsEmail_Length",
                table: "Suppliers",
                sql: "length(\"ReservationsEmail\") <= 254");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_Status_Length",
                table: "Suppliers",
                sql: "length(\"Status\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Suppliers_VatNumber_Length",
                table: "Suppliers",
                sql: "length(\"VatNumber\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_Basis_Length",
                table: "SupplierExtras",
                sql: "length(\"Basis\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_CapMinor_Minimum",
                table: "SupplierExtras",
                sql: "CapMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_Currency_Length",
                table: "SupplierExtras",
                sql: "length(\"Currency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_Kind_Length",
                table: "SupplierExtras",
                sql: "length(\"Kind\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_Name_Length",
                table: "SupplierExtras",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SupplierExtras_PriceMinor_Minimum",
                table: "SupplierExtras",
                sql: "PriceMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_StaffSessions_EndedBecause_Length",
                table: "StaffSessions",
                sql: "length(\"EndedBecause\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_StaffSessions_Id_Length",
                table: "StaffSessions",
                sql: "length(\"Id\") <= 32");

            migrationBuilder.AddCheckConstraint(
                name: "CK_StaffSessions_UserId_Length",
                table: "StaffSessions",
                sql: "length(\"UserId\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SimulationRuns_RunBy_Length",
                table: "SimulationRuns",
                sql: "length(\"RunBy\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Seasons_Name_Length",
                table: "Seasons",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Seasons_Rates_Length",
                table: "Seasons",
                sql: "length(\"Rates\") <= 600");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRuleSets_PublishedBy_Length",
                table: "PricingRuleSets",
                sql: "length(\"PublishedBy\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRuleSets_Status_Length",
                table: "PricingRuleSets",
                sql: "length(\"Status\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_AcrissPattern_Length",
                table: "PricingRules",
                sql: "length(\"AcrissPattern\") <= 4");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_CountryCode_Length",
                table: "PricingRules",
                sql: "length(\"CountryCode\") <= 2");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_Currency_Length",
                table: "PricingRules",
                sql: "length(\"Currency\") <= 3");

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
                name: "CK_PricingRules_Name_Length",
                table: "PricingRules",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_Notes_Length",
                table: "PricingRules",
                sql: "length(\"Notes\") <= 1000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_PercentBasisPoints_Range",
                table: "PricingRules",
                sql: "PercentBasisPoints BETWEEN -9000 AND 50000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PricingRules_Rounding_Length",
                table: "PricingRules",
                sql: "length(\"Rounding\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OneWayFees_Currency_Length",
                table: "OneWayFees",
                sql: "length(\"Currency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OneWayFees_FeeMinor_Minimum",
                table: "OneWayFees",
                sql: "FeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OfferRates_Bands_Length",
                table: "OfferRates",
                sql: "length(\"Bands\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OfferRates_Currency_Length",
                table: "OfferRates",
                sql: "length(\"Currency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_OfferRates_Fallback_Length",
                table: "OfferRates",
                sql: "length(\"Fallback\") <= 600");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Address_Length",
                table: "Locations",
                sql: "length(\"Address\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_AfterHoursFeeCurrency_Length",
                table: "Locations",
                sql: "length(\"AfterHoursFeeCurrency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_AfterHoursFeeMinor_Minimum",
                table: "Locations",
                sql: "AfterHoursFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_City_Length",
                table: "Locations",
                sql: "length(\"City\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Code_Length",
                table: "Locations",
                sql: "length(\"Code\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_CountryCode_Length",
                table: "Locations",
                sql: "length(\"CountryCode\") <= 2");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_IataCode_Length",
                table: "Locations",
                sql: "length(\"IataCode\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Name_Length",
                table: "Locations",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_OpeningHours_Length",
                table: "Locations",
                sql: "length(\"OpeningHours\") <= 117");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Phone_Length",
                table: "Locations",
                sql: "length(\"Phone\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_TimeZoneId_Length",
                table: "Locations",
                sql: "length(\"TimeZoneId\") <= 64");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Type_Length",
                table: "Locations",
                sql: "length(\"Type\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Acriss_Length",
                table: "FleetOffers",
                sql: "length(\"Acriss\") <= 4");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Bags_Range",
                table: "FleetOffers",
                sql: "Bags BETWEEN 0 AND 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_DailyAllocation_Range",
                table: "FleetOffers",
                sql: "DailyAllocation BETWEEN 0 AND 999");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_DepositCurrency_Length",
                table: "FleetOffers",
                sql: "length(\"DepositCurrency\") <= 3");

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
                name: "CK_FleetOffers_SampleModel_Length",
                table: "FleetOffers",
                sql: "length(\"SampleModel\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_Seats_Range",
                table: "FleetOffers",
                sql: "Seats BETWEEN 1 AND 60");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_YoungDriverAge_Range",
                table: "FleetOffers",
                sql: "YoungDriverAge BETWEEN 18 AND 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeCurrency_Length",
                table: "FleetOffers",
                sql: "length(\"YoungDriverDailyFeeCurrency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeMinor_Minimum",
                table: "FleetOffers",
                sql: "YoungDriverDailyFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_ApprovedBy_Length",
                table: "Contracts",
                sql: "length(\"ApprovedBy\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_CommissionBasisPoints_Range",
                table: "Contracts",
                sql: "CommissionBasisPoints BETWEEN 1 AND 9999");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Currency_Length",
                table: "Contracts",
                sql: "length(\"Currency\") <= 3");

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
                name: "CK_Contracts_LateFeeKind_Length",
                table: "Contracts",
                sql: "length(\"LateFeeKind\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_MinimumMarginBasisPoints_Range",
                table: "Contracts",
                sql: "MinimumMarginBasisPoints BETWEEN 0 AND 10000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Model_Length",
                table: "Contracts",
                sql: "length(\"Model\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_NoShowFeeMinor_Minimum",
                table: "Contracts",
                sql: "NoShowFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Notes_Length",
                table: "Contracts",
                sql: "length(\"Notes\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_PaymentTermsDays_Range",
                table: "Contracts",
                sql: "PaymentTermsDays BETWEEN 0 AND 180");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_Status_Length",
                table: "Contracts",
                sql: "length(\"Status\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_TerminatedBy_Length",
                table: "Contracts",
                sql: "length(\"TerminatedBy\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Contracts_TerminationReason_Length",
                table: "Contracts",
                sql: "length(\"TerminationReason\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_Acriss_Length",
                table: "Bookings",
                sql: "length(\"Acriss\") <= 4");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_AffiliateCode_Length",
                table: "Bookings",
                sql: "length(\"AffiliateCode\") <= 50");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_AmountPaidMinor_Minimum",
                table: "Bookings",
                sql: "AmountPaidMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationFeeMinor_Minimum",
                table: "Bookings",
                sql: "CancellationFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationReason_Length",
                table: "Bookings",
                sql: "length(\"CancellationReason\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationRefundMinor_Minimum",
                table: "Bookings",
                sql: "CancellationRefundMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancellationRequestedBy_Length",
                table: "Bookings",
                sql: "length(\"CancellationRequestedBy\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CancelledBy_Length",
                table: "Bookings",
                sql: "length(\"CancelledBy\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_Channel_Length",
                table: "Bookings",
                sql: "length(\"Channel\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CommercialModel_Length",
                table: "Bookings",
                sql: "length(\"CommercialModel\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CommissionBasisPoints_Range",
                table: "Bookings",
                sql: "CommissionBasisPoints BETWEEN 0 AND 10000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_ContractLabel_Length",
                table: "Bookings",
                sql: "length(\"ContractLabel\") <= 50");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_Currency_Length",
                table: "Bookings",
                sql: "length(\"Currency\") <= 3");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerCountry_Length",
                table: "Bookings",
                sql: "length(\"CustomerCountry\") <= 2");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerEmail_Length",
                table: "Bookings",
                sql: "length(\"CustomerEmail\") <= 254");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerLastName_Length",
                table: "Bookings",
                sql: "length(\"CustomerLastName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerName_Length",
                table: "Bookings",
                sql: "length(\"CustomerName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerPhone_Length",
                table: "Bookings",
                sql: "length(\"CustomerPhone\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerPhoneDigitsReversed_Length",
                table: "Bookings",
                sql: "length(\"CustomerPhoneDigitsReversed\") <= 30");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_CustomerTotalMinor_Minimum",
                table: "Bookings",
                sql: "CustomerTotalMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_DriverName_Length",
                table: "Bookings",
                sql: "length(\"DriverName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_FlightNumber_Length",
                table: "Bookings",
                sql: "length(\"FlightNumber\") <= 9");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_NoShowFeeMinor_Minimum",
                table: "Bookings",
                sql: "NoShowFeeMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_NoShowRefundMinor_Minimum",
                table: "Bookings",
                sql: "NoShowRefundMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_PaymentModel_Length",
                table: "Bookings",
                sql: "length(\"PaymentModel\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_Reference_Length",
                table: "Bookings",
                sql: "length(\"Reference\") <= 10");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_RentalDays_Range",
                table: "Bookings",
                sql: "RentalDays BETWEEN 1 AND 366");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_SampleModel_Length",
                table: "Bookings",
                sql: "length(\"SampleModel\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_Status_Length",
                table: "Bookings",
                sql: "length(\"Status\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_SupplierConfirmationNumber_Length",
                table: "Bookings",
                sql: "length(\"SupplierConfirmationNumber\") <= 50");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Bookings_SupplierTotalMinor_Minimum",
                table: "Bookings",
                sql: "SupplierTotalMinor >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_BookingNotes_Author_Length",
                table: "BookingNotes",
                sql: "length(\"Author\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_BookingNotes_Text_Length",
                table: "BookingNotes",
                sql: "length(\"Text\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditEntries_Action_Length",
                table: "AuditEntries",
                sql: "length(\"Action\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditEntries_EntityKey_Length",
                table: "AuditEntries",
                sql: "length(\"EntityKey\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditEntries_EntityType_Length",
                table: "AuditEntries",
                sql: "length(\"EntityType\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditEntries_UserId_Length",
                table: "AuditEntries",
                sql: "length(\"UserId\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditEntries_UserName_Length",
                table: "AuditEntries",
                sql: "length(\"UserName\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers",
                sql: "length(\"DisplayName\") <= 100");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_AccountingEmail_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Code_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_CountryCode_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_CurrencyCode_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_LegalName_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Name_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Notes_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Phone_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_ReservationsEmail_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_Status_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Suppliers_VatNumber_Length",
                table: "Suppliers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_Basis_Length",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_CapMinor_Minimum",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_Currency_Length",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_Kind_Length",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_Name_Length",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SupplierExtras_PriceMinor_Minimum",
                table: "SupplierExtras");

            migrationBuilder.DropCheckConstraint(
                name: "CK_StaffSessions_EndedBecause_Length",
                table: "StaffSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_StaffSessions_Id_Length",
                table: "StaffSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_StaffSessions_UserId_Length",
                table: "StaffSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SimulationRuns_RunBy_Length",
                table: "SimulationRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Seasons_Name_Length",
                table: "Seasons");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Seasons_Rates_Length",
                table: "Seasons");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRuleSets_PublishedBy_Length",
                table: "PricingRuleSets");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRuleSets_Status_Length",
                table: "PricingRuleSets");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_AcrissPattern_Length",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_CountryCode_Length",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_Currency_Length",
                table: "PricingRules");

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
                name: "CK_PricingRules_Name_Length",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_Notes_Length",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_PercentBasisPoints_Range",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PricingRules_Rounding_Length",
                table: "PricingRules");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OneWayFees_Currency_Length",
                table: "OneWayFees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OneWayFees_FeeMinor_Minimum",
                table: "OneWayFees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OfferRates_Bands_Length",
                table: "OfferRates");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OfferRates_Currency_Length",
                table: "OfferRates");

            migrationBuilder.DropCheckConstraint(
                name: "CK_OfferRates_Fallback_Length",
                table: "OfferRates");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Address_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_AfterHoursFeeCurrency_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_AfterHoursFeeMinor_Minimum",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_City_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Code_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_CountryCode_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_IataCode_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Name_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_OpeningHours_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Phone_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_TimeZoneId_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Type_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Acriss_Length",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Bags_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_DailyAllocation_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_DepositCurrency_Length",
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
                name: "CK_FleetOffers_SampleModel_Length",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_Seats_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_YoungDriverAge_Range",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeCurrency_Length",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FleetOffers_YoungDriverDailyFeeMinor_Minimum",
                table: "FleetOffers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_ApprovedBy_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_CommissionBasisPoints_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Currency_Length",
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
                name: "CK_Contracts_LateFeeKind_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_MinimumMarginBasisPoints_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Model_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_NoShowFeeMinor_Minimum",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Notes_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_PaymentTermsDays_Range",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_Status_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_TerminatedBy_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Contracts_TerminationReason_Length",
                table: "Contracts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_Acriss_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_AffiliateCode_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_AmountPaidMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationFeeMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationReason_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationRefundMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancellationRequestedBy_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CancelledBy_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_Channel_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CommercialModel_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CommissionBasisPoints_Range",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_ContractLabel_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_Currency_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerCountry_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerEmail_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerLastName_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerName_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerPhone_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerPhoneDigitsReversed_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_CustomerTotalMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_DriverName_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_FlightNumber_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_NoShowFeeMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_NoShowRefundMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_PaymentModel_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_Reference_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_RentalDays_Range",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_SampleModel_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_Status_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_SupplierConfirmationNumber_Length",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Bookings_SupplierTotalMinor_Minimum",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_BookingNotes_Author_Length",
                table: "BookingNotes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_BookingNotes_Text_Length",
                table: "BookingNotes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditEntries_Action_Length",
                table: "AuditEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditEntries_EntityKey_Length",
                table: "AuditEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditEntries_EntityType_Length",
                table: "AuditEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditEntries_UserId_Length",
                table: "AuditEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditEntries_UserName_Length",
                table: "AuditEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers");
        }
    }
}
