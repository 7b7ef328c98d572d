using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Tests.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Features.Locations;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Suppliers;
using Microsoft.EntityFrameworkCore;
using static CarRentalGateway.BackOffice.Tests.Features.Suppliers.SupplierForms;

namespace CarRentalGateway.BackOffice.Tests.Data.Limits;

/// <summary>
/// A write that goes around the domain (raw SQL here) is still held to its limits by the database itself: MariaDB
/// through strict mode, SQLite through the length checks; ranges through named checks on both.
/// </summary>
public sealed class InputLimitsStorageTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    [Theory, AllProviders]
    public async Task Text_one_character_over_the_column_limit_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));

        await Assert.ThrowsAnyAsync<Exception>(() =>
            SetAsync(app, "Suppliers", "Name", new string('ö', SupplierDetails.NameMaxLength + 1)));
        await Assert.ThrowsAnyAsync<Exception>(() =>
            SetAsync(app, "Suppliers", "Notes", new string('x', SupplierDetails.NotesMaxLength + 1)));

        await using var db = await app.OpenDbAsync();
        Assert.Equal("Sixt Estonia", (await db.Suppliers.SingleAsync()).Name);
    }

    [Theory, AllProviders]
    public async Task Text_at_the_column_limit_is_stored_whole_counting_characters_not_bytes(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        var longest = new string('ö', SupplierDetails.NameMaxLength);

        await SetAsync(app, "Suppliers", "Name", longest);

        await using var db = await app.OpenDbAsync();
        Assert.Equal(longest, (await db.Suppliers.SingleAsync()).Name);
    }

    [Theory, AllProviders]
    public async Task A_negative_amount_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.AddLocationAsync("SIXT-EE", LocationForms.ValidLocation("TLL-AIRPORT"));

        await SetAsync(app, "Locations", "AfterHoursFeeMinor", 0);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SetAsync(app, "Locations", "AfterHoursFeeMinor", -1));

        Assert.Contains("CK_Locations_AfterHoursFeeMinor_Minimum", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, AllProviders]
    public async Task A_commission_of_100_percent_is_refused_by_the_database(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await app.RegisterAsync(Valid("SIXT-EE", "Sixt Estonia"));
        await app.DraftAsync("SIXT-EE", ContractForms.Commission("2026-01-01", "2026-12-31"));

        await SetAsync(app, "Contracts", "CommissionBasisPoints", Percentage.MaxBasisPoints - 1);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            SetAsync(app, "Contracts", "CommissionBasisPoints", Percentage.MaxBasisPoints));

        Assert.Contains("CK_Contracts_CommissionBasisPoints_Range", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task SetAsync(TestApp app, string table, string column, object value)
    {
        await using var db = await app.OpenDbAsync();
        // Table and column names come from the tests themselves; the value goes in as a parameter.
        var sql = $"UPDATE {table} SET {column} = {{0}}";
        await db.Database.ExecuteSqlRawAsync(sql, value);
    }
}
