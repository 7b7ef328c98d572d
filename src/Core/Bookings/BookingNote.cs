namespace CarRentalGateway.Core.Bookings;

/// <summary>An internal note on a booking: added, never edited, so what an agent wrote stays what they wrote.</summary>
public sealed record BookingNote(string Author, DateTime WrittenAtUtc, string Text)
{
    public const int TextMaxLength = 2_000;
}
