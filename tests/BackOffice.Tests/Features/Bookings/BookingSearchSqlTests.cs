using System.Collections.Concurrent;
using System.Data.Common;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Features.Bookings;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Bookings;

/// <summary>
/// A search box reading that does not apply adds nothing to the SQL. BookingSearch relies on EF Core dropping
/// <c>@p IS NOT NULL AND …</c> for a null parameter; if a reading stayed as a condition, the OR over every column would
/// keep MariaDB from using the one index that answers (the benchmark measures that difference at a million rows).
/// </summary>
public sealed class BookingSearchSqlTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    private static readonly string[] SearchedColumns =
        ["`Reference`", "`SupplierConfirmationNumber`", "`CustomerEmail`", "`CustomerPhoneDigitsReversed`", "`CustomerName`", "`CustomerLastName`"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CRG-7F3K9Q", new[] { "Reference" })]
    [InlineData(DatabaseProvider.MariaDb, "CRG-7F3K9Q", new[] { "Reference" })]
    [InlineData(DatabaseProvider.Sqlite, "Anna.Tamm@Mail.example", new[] { "CustomerEmail" })]
    [InlineData(DatabaseProvider.MariaDb, "Anna.Tamm@Mail.example", new[] { "CustomerEmail" })]
    [InlineData(DatabaseProvider.Sqlite, "Mari Tam", new[] { "SupplierConfirmationNumber", "CustomerName", "CustomerLastName" })]
    [InlineData(DatabaseProvider.MariaDb, "Mari Tam", new[] { "SupplierConfirmationNumber", "CustomerName", "CustomerLastName" })]
    public async Task Only_the_readings_of_the_search_text_that_apply_become_conditions(DatabaseProvider provider, string text, string[] columns)
    {
        var sql = new SqlRecorder();
        await using var app = await databases.StartAsync(provider, new TestAppOptions { Interceptors = [sql] });
        await using var sam = app.As(TestUser.Sam);

        await sam.Services.GetRequiredService<BookingSearchService>().SearchAsync(new BookingQuery { Text = text }, CancellationToken.None);

        // The count is the statement that filters; the sign of the column in the provider's quoting is the same test on both.
        var count = sql.Commands.Single(c => c.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        var where = count[count.IndexOf("WHERE", StringComparison.Ordinal)..].Replace('"', '`');
        Assert.Equal(
            columns.Select(c => $"`{c}`").Order(),
            SearchedColumns.Where(column => where.Contains(column, StringComparison.Ordinal)).Order());
    }

    private sealed class SqlRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _commands = new();

        public IReadOnlyCollection<string> Commands => _commands;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
