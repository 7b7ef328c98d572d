using Microsoft.JSInterop;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// When the person last worked on an open page (a key, a click, a scroll, a touch): the page's activity, which makes no
/// requests, for its session's idle timeout. One per circuit. The page's script reports the person's own input at most
/// once per <see cref="ReportEvery"/> (backOffice.reportActivity); what the page does by itself (loading data, the
/// framework's calls) is not activity, so a page left alone does time out.
/// </summary>
public sealed class CircuitActivity([FromKeyedServices(StaffSessions.ClockKey)] TimeProvider clock)
{
    /// <summary>Often enough for any idle timeout worth having, rarely enough to cost nothing.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(30);

    /// <summary>Opening the page is activity too.</summary>
    public DateTimeOffset LastActivityAtUtc { get; private set; } = clock.GetUtcNow();

    [JSInvokable]
    public void NoteActivity() => LastActivityAtUtc = clock.GetUtcNow();
}
