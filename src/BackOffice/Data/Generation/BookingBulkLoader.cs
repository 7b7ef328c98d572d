using System.Data;
using System.Threading.Channels;
using CarRentalGateway.Core.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MySqlConnector;

namespace CarRentalGateway.BackOffice.Data.Generation;

/// <summary>
/// Writes bookings into MariaDB through MySqlConnector's <see cref="MySqlBulkCopy"/> (LOAD DATA LOCAL INFILE), a batch
/// at a time, so a million rows load in minutes with flat memory. Every column the EF model maps is filled as EF would
/// store it (its value converters: enums as names, lists as JSON), the version token included, and the notes go to
/// their own table. Generated bookings are test data: no audit rows are written for them.
/// </summary>
public static class BookingBulkLoader
{
    public const int BatchSize = 5_000;

    /// <summary>Loads <paramref name="bookings"/>, reporting the bookings loaded so far after each batch.</summary>
    public static async Task<BulkLoadCounts> LoadAsync(
        AppDbContext db, IEnumerable<Booking> bookings, Action<BulkLoadCounts>? progress, CancellationToken cancellationToken)
    {
        if (!db.Database.IsMySql())
        {
            throw new InvalidOperationException("The bulk load writes through MariaDB's LOAD DATA: run it with --provider MariaDb.");
        }

        var bookingType = db.Model.FindEntityType(typeof(Booking))!;
        var rows = new RowShape(bookingType);
        var notes = new RowShape(bookingType.GetNavigations().Single(n => n.TargetEntityType.ClrType == typeof(BookingNote)).TargetEntityType);

        // LOAD DATA LOCAL sends the rows from the client; the server must allow it too (local_infile, on by default).
        var connectionString = new MySqlConnectionStringBuilder(db.Database.GetConnectionString() ?? "") { AllowLoadLocalInfile = true };
        await using var connection = new MySqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        // The generator takes every key from the catalog, so the server need not look up three parents per row.
        await using (var session = new MySqlCommand("SET SESSION foreign_key_checks = 0;", connection))
        {
            await session.ExecuteNonQueryAsync(cancellationToken);
        }

        // The next batch is generated while the server stores this one; two waiting batches keep memory flat.
        var batches = Channel.CreateBounded<(DataTable Bookings, DataTable Notes)>(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in bookings.Chunk(BatchSize))
                    {
                        var (bookingRows, noteRows) = (rows.NewTable(), notes.NewTable());
                        foreach (var booking in batch)
                        {
                            rows.Add(bookingRows, booking, Guid.NewGuid(), null);
                            foreach (var note in booking.Notes)
                            {
                                notes.Add(noteRows, note, Guid.NewGuid(), booking.Id);
                            }
                        }

                        await batches.Writer.WriteAsync((bookingRows, noteRows), stop.Token);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception failure)
                {
                    batches.Writer.Complete(failure);
                }
            },
            stop.Token);

        var counts = new BulkLoadCounts(0, 0);
        try
        {
            await foreach (var (bookingRows, noteRows) in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await rows.WriteAsync(connection, bookingRows, cancellationToken);
                await notes.WriteAsync(connection, noteRows, cancellationToken);
                counts = new BulkLoadCounts(counts.Bookings + bookingRows.Rows.Count, counts.Notes + noteRows.Rows.Count);
                progress?.Invoke(counts);
            }
        }
        catch
        {
            // A failed write stops the generating side too, instead of leaving it waiting for room forever.
            await stop.CancelAsync();
            throw;
        }

        await producing;
        return counts;
    }

    /// <summary>
    /// One table's columns as the EF model maps them. A shadow key or version token gets the value passed in; the
    /// shadow foreign key of an owned row gets its owner's id.
    /// </summary>
    private sealed class RowShape
    {
        private readonly string _table;
        private readonly IProperty[] _properties;
        private readonly string[] _columns;

        public RowShape(IEntityType type)
        {
            _table = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(_table, type.GetSchema());
            _properties = type.GetProperties().ToArray();
            _columns = _properties.Select(p => p.GetColumnName(store)!).ToArray();
        }

        public DataTable NewTable()
        {
            var table = new DataTable(_table);
            foreach (var (property, column) in _properties.Zip(_columns))
            {
                table.Columns.Add(column, ColumnType(property));
            }

            return table;
        }

        public void Add(DataTable table, object entity, Guid newValue, Guid? ownerId)
        {
            var values = new object[_properties.Length];
            for (var i = 0; i < _properties.Length; i++)
            {
                var property = _properties[i];
                var value = !property.IsShadowProperty() ? property.GetGetter().GetClrValueUsingContainingEntity(entity)
                    : property.IsForeignKey() ? ownerId
                    : newValue;
                values[i] = Stored(property, value) ?? DBNull.Value;
            }

            table.Rows.Add(values);
        }

        public async Task WriteAsync(MySqlConnection connection, DataTable rows, CancellationToken cancellationToken)
        {
            if (rows.Rows.Count == 0)
            {
                return;
            }

            var copy = new MySqlBulkCopy(connection) { DestinationTableName = _table, BulkCopyTimeout = 0 };
            copy.ColumnMappings.AddRange(_columns.Select((column, ordinal) => new MySqlBulkCopyColumnMapping(ordinal, column)));
            var result = await copy.WriteToServerAsync(rows, cancellationToken);

            // LOAD DATA turns a value that does not fit into a warning and a changed value: refuse that instead.
            if (result.Warnings.Count > 0 || result.RowsInserted != rows.Rows.Count)
            {
                throw new InvalidOperationException(
                    $"Loading {_table} inserted {result.RowsInserted} of {rows.Rows.Count} rows: {string.Join(" ", result.Warnings.Select(w => w.Message))}");
            }
        }

        /// <summary>The value as EF stores it: through the property's converter; keys as text (char(36)); dates as date-times.</summary>
        private static object? Stored(IProperty property, object? value) =>
            (value is null ? null : property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value) switch
            {
                Guid guid => guid.ToString(),
                DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                var stored => stored,
            };

        private static Type ColumnType(IProperty property) =>
            (property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType) switch
            {
                var type when Nullable.GetUnderlyingType(type) is { } underlying => Plain(underlying),
                var type => Plain(type),
            };

        private static Type Plain(Type type) => type == typeof(Guid) ? typeof(string) : type == typeof(DateOnly) ? typeof(DateTime) : type;
    }
}

/// <summary>How many bookings and notes a bulk load has written.</summary>
public sealed record BulkLoadCounts(int Bookings, int Notes);
