namespace CarRentalGateway.Core.Common;

/// <summary>Calendar days from <see cref="From"/> to <see cref="To"/>, both included.</summary>
public readonly record struct DateRange
{
    private DateRange(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>How many days the range covers, both ends counted.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public static Result<DateRange> Create(DateOnly from, DateOnly to, string? field = null) =>
        to < from
            ? Result.Fail<DateRange>($"The end date {to:yyyy-MM-dd} is before the start date {from:yyyy-MM-dd}.", field)
            : Result.Ok(new DateRange(from, to));

    public bool Contains(DateOnly day) => From <= day && day <= To;

    /// <summary>True when every day of <paramref name="other"/> is in this range.</summary>
    public bool Contains(DateRange other) => From <= other.From && other.To <= To;

    /// <summary>True when the two ranges share at least one day (touching ends share that day).</summary>
    public bool Overlaps(DateRange other) => From <= other.To && other.From <= To;

    public override string ToString() => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}";
}
