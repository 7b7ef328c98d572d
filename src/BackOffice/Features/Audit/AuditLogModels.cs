using CarRentalGateway.BackOffice.Data.Auditing;

namespace CarRentalGateway.BackOffice.Features.Audit;

/// <summary>What the audit log asks for: its filters from the URL and the page from the grid. Newest first, always.</summary>
public sealed record AuditLogQuery
{
    public const int PageSize = 50;

    /// <summary>An entity type as stored ("Supplier", "Booking", "Account"); see <see cref="AuditLogService.EntityTypesAsync"/>.</summary>
    public string? EntityType { get; init; }

    /// <summary>
    /// The start of an entity's stored key (an id, an account's e-mail, a report's title), or the code of a supplier or
    /// the reference of a booking, whose entries are kept under their ids.
    /// </summary>
    public string? EntityKey { get; init; }

    /// <summary>The start of the acting user's name (their e-mail).</summary>
    public string? User { get; init; }

    public AuditAction? Action { get; init; }

    /// <summary>UTC dates, both ends included.</summary>
    public DateOnly? FromUtc { get; init; }

    public DateOnly? ToUtc { get; init; }

    public int Page { get; init; }
}

/// <summary>
/// One entry of the audit log: who, when, what, the entity with a name staff know it by and a link to its page
/// (both null when it is gone or has no page), and each changed field old → new.
/// </summary>
public sealed record AuditLogRow(
    long Id,
    DateTime OccurredAtUtc,
    string UserName,
    AuditAction Action,
    string EntityType,
    string EntityKey,
    EntityLink? Entity,
    IReadOnlyList<FieldChange> Changes);

/// <summary>An audited entity as the log names and links it: "SIXT-EE" → /suppliers/SIXT-EE.</summary>
public sealed record EntityLink(string Name, string Path);

/// <summary>
/// One page of the log. The total is counted up to <see cref="AuditLogService.CountCap"/> only, as the bookings list
/// does: past that the log asks for narrower filters, and every page stays as fast as the first.
/// </summary>
public sealed record AuditLogResults(IReadOnlyList<AuditLogRow> Items, int TotalCount, bool MoreThanCounted);
