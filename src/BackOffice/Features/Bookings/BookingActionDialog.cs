using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Shared;
using CarRentalGateway.Core.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CarRentalGateway.BackOffice.Features.Bookings;

/// <summary>
/// What every action dialog of the booking page does alike: it saves against the version the page showed; a refusal
/// about one of its fields lands on that field, anything else above the form; a save refused because someone else
/// saved first offers "Review their changes" (what they changed since the booking was read) and takes their version as
/// the base of the next save; a technical failure keeps the dialog open. Whatever the user typed always stays.
/// </summary>
public abstract class BookingActionDialog : ComponentBase
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };

    /// <summary>The booking as the page showed it when the dialog opened.</summary>
    [Parameter, EditorRequired]
    public BookingView Booking { get; set; } = default!;

    [CascadingParameter]
    protected IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    protected BookingService Bookings { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected ILogger<BookingActionDialog> Logger { get; set; } = default!;

    protected bool Saving { get; set; }

    /// <summary>A refusal about no single field (or a technical failure), shown above the form.</summary>
    protected string? FormError { get; set; }

    /// <summary>The last save was refused because someone else saved first.</summary>
    protected bool Conflicted { get; private set; }

    /// <summary>After "Review their changes": what others saved since the booking was read, newest first.</summary>
    protected IReadOnlyList<AuditEntryView>? TheirChanges { get; private set; }

    /// <summary>The booking the next save builds on: the page's, or the latest after a review.</summary>
    protected BookingView Current { get; private set; } = default!;

    protected override void OnInitialized() => Current = Booking;

    /// <summary>Whether this dialog's action is open on a booking, and why not.</summary>
    protected abstract BookingAction ActionOn(BookingView booking);

    /// <summary>
    /// Runs the save; on success shows <paramref name="success"/> and closes the dialog so the page reloads. True when it
    /// succeeded.
    /// </summary>
    protected async Task<bool> SaveAsync(Func<Guid, Task<Result>> save, Func<string> success)
    {
        FormError = null;
        Conflicted = false;
        TheirChanges = null;
        Saving = true;
        try
        {
            var result = await save(Current.Version);
            if (result.Succeeded)
            {
                Snackbar.Add(success(), Severity.Success);
                MudDialog.Close(DialogResult.Ok(true));
                return true;
            }

            Conflicted = result.Field == Concurrency.ConflictField;
            if (Conflicted || !await ShowOnFieldAsync(result))
            {
                FormError = result.Error;
            }

            return false;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A database hiccup must not close the dialog and lose what the user typed.
            Logger.LogError(failure, "An action on booking {Reference} failed", Booking.Reference);
            FormError = "The booking could not be saved because of a technical problem; nothing was changed. What you entered is still here: try again in a moment.";
            return false;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>Shows a refusal on the field it names; false when this dialog has no such field.</summary>
    protected virtual Task<bool> ShowOnFieldAsync(Result failure) => Task.FromResult(false);

    /// <summary>Called after a review took the latest booking as the base, for a dialog to refresh what depends on it.</summary>
    protected virtual Task OnReviewedAsync(BookingView latest) => Task.CompletedTask;

    /// <summary>
    /// Someone saved while this dialog was open: read the booking again, list what they changed since it was read before,
    /// and build the next save on their version. The form keeps every value typed here.
    /// </summary>
    protected async Task ReviewConflictAsync()
    {
        Conflicted = false;
        FormError = null;
        var latest = await Bookings.FindAsync(Booking.Reference, CancellationToken.None);
        if (latest is null)
        {
            FormError = $"Booking {Booking.Reference} is no longer there.";
            return;
        }

        var history = await Bookings.HistoryAsync(Booking.Reference, CancellationToken.None);
        TheirChanges = history.Where(entry => entry.OccurredAtUtc > Current.ReadAtUtc).ToList();
        Current = latest;
        if (ActionOn(latest) is { IsOpen: false, ClosedBecause: var reason })
        {
            FormError = $"This is no longer possible: {reason} Close the dialog to see the booking as it is now.";
        }

        await OnReviewedAsync(latest);
    }

    /// <summary>How their changes read: as in the booking's history.</summary>
    protected Func<FieldChange, FieldChange?> Describe => BookingHistory.Describer(Current.Price.Currency);
}
