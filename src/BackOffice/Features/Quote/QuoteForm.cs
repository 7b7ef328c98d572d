using System.Globalization;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Fleet;
using CarRentalGateway.Core.Rates;

namespace CarRentalGateway.BackOffice.Features.Quote;

/// <summary>
/// What the quote form holds, exactly as typed, and the URL it lives in so a quote can be shared and reloaded.
/// <see cref="Check"/> turns it into a <see cref="QuoteRequest"/> or a message for every field at fault.
/// </summary>
public sealed class QuoteForm
{
    public const int MinDriverAge = 18;
    public const int MaxDriverAge = 99;
    public const int MaxExtraQuantity = 9;
    public const int DefaultDriverAge = 30;

    /// <summary>Empty: every supplier with a station at the place.</summary>
    public string? SupplierCode { get; set; }

    /// <summary>"TLL" or "Tallinn, EE"; not needed when a supplier's station is chosen.</summary>
    public string? PickUpPlace { get; set; }

    /// <summary>One supplier's exact station; only with <see cref="SupplierCode"/>.</summary>
    public Guid? PickUpStationId { get; set; }

    /// <summary>Empty: back to the pick-up station. Another place makes the trip one-way.</summary>
    public string? DropOffPlace { get; set; }

    /// <summary>One supplier's exact drop-off station; only with <see cref="SupplierCode"/>.</summary>
    public Guid? DropOffStationId { get; set; }

    public DateTime? PickUpDate { get; set; }

    public TimeSpan? PickUpTime { get; set; } = new(10, 0, 0);

    public DateTime? DropOffDate { get; set; }

    public TimeSpan? DropOffTime { get; set; } = new(10, 0, 0);

    /// <summary>A code (CDMR), a pattern with ? (C???, ??A?) or a category letter (C); empty for every car.</summary>
    public string? Acriss { get; set; }

    public int? DriverAge { get; set; } = DefaultDriverAge;

    /// <summary>How many of each kind of extra; kinds not listed are not wanted.</summary>
    public Dictionary<ExtraKind, int> Extras { get; set; } = [];

    public DateTime? PickUpLocal => PickUpDate is { } date && PickUpTime is { } time ? date.Date + time : null;

    public DateTime? DropOffLocal => DropOffDate is { } date && DropOffTime is { } time ? date.Date + time : null;

    /// <summary>
    /// The request, or a message per field at fault (all of them, so the user fixes the form in one go).
    /// <paramref name="today"/> is the booking date: a pick-up before it is refused.
    /// </summary>
    public (QuoteRequest? Request, IReadOnlyDictionary<string, string> Errors) Check(DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var supplier = string.IsNullOrWhiteSpace(SupplierCode) ? null : SupplierCode.Trim().ToUpperInvariant();

        QuotePlace? pickUpPlace = null;
        if (PickUpStationId is null || supplier is null)
        {
            var parsed = QuotePlace.Parse(PickUpPlace, nameof(PickUpPlace));
            if (parsed.Failed)
            {
                errors[nameof(PickUpPlace)] = parsed.Error!;
            }
            else
            {
                pickUpPlace = parsed.Value;
            }
        }

        QuotePlace? dropOffPlace = null;
        if (!string.IsNullOrWhiteSpace(DropOffPlace) && (DropOffStationId is null || supplier is null))
        {
            var parsed = QuotePlace.Parse(DropOffPlace, nameof(DropOffPlace));
            if (parsed.Failed)
            {
                errors[nameof(DropOffPlace)] = parsed.Error!;
            }
            else
            {
                dropOffPlace = parsed.Value;
            }
        }

        if (PickUpDate is null)
        {
            errors[nameof(PickUpDate)] = "Choose the pick-up date.";
        }
        else if (DateOnly.FromDateTime(PickUpDate.Value) < today)
        {
            errors[nameof(PickUpDate)] = $"Pick-up is in the past: today is {today:yyyy-MM-dd}.";
        }

        if (PickUpTime is null)
        {
            errors[nameof(PickUpTime)] = "Choose the pick-up time.";
        }

        if (DropOffDate is null)
        {
            errors[nameof(DropOffDate)] = "Choose the drop-off date.";
        }

        if (DropOffTime is null)
        {
            errors[nameof(DropOffTime)] = "Choose the drop-off time.";
        }

        if (PickUpLocal is { } pickUp && DropOffLocal is { } dropOff && dropOff <= pickUp)
        {
            errors[nameof(DropOffDate)] = "Drop-off must be after pick-up.";
        }

        var acriss = ParseAcriss(Acriss);
        if (acriss.Failed)
        {
            errors[nameof(Acriss)] = acriss.Error!;
        }

        if (DriverAge is not (>= MinDriverAge and <= MaxDriverAge))
        {
            errors[nameof(DriverAge)] = $"The driver's age is {MinDriverAge} to {MaxDriverAge}.";
        }

        if (Extras.Any(extra => extra.Value is < 1 or > MaxExtraQuantity))
        {
            errors[nameof(Extras)] = $"Each extra is wanted 1 to {MaxExtraQuantity} times.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = new QuoteRequest(
            supplier,
            pickUpPlace,
            supplier is null ? null : PickUpStationId,
            dropOffPlace,
            supplier is null ? null : DropOffStationId,
            PickUpLocal!.Value,
            DropOffLocal!.Value,
            acriss.Value,
            Extras.OrderBy(extra => extra.Key).Select(extra => new WantedExtra(extra.Key, extra.Value)).ToList(),
            DriverAge!.Value);
        return (request, errors);
    }

    /// <summary>The form as query parameters: only what is set, in the invariant culture.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["supplier"] = Blank(SupplierCode),
        ["from"] = Blank(PickUpPlace),
        ["fromStation"] = PickUpStationId?.ToString(),
        ["to"] = Blank(DropOffPlace),
        ["toStation"] = DropOffStationId?.ToString(),
        ["pickUp"] = PickUpLocal?.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        ["dropOff"] = DropOffLocal?.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        ["acriss"] = Blank(Acriss)?.ToUpperInvariant(),
        ["age"] = DriverAge?.ToString(CultureInfo.InvariantCulture),
        ["extras"] = Extras.Count == 0
            ? null
            : string.Join(",", Extras.OrderBy(e => e.Key).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key}:{e.Value}"))),
    };

    /// <summary>Reads a form back from the query parameters of <see cref="ToQuery"/>; what cannot be read stays empty.</summary>
    public static QuoteForm FromQuery(IReadOnlyDictionary<string, string?> query)
    {
        string? Get(string name) => query.TryGetValue(name, out var value) ? Blank(value) : null;
        var form = new QuoteForm
        {
            SupplierCode = Get("supplier"),
            PickUpPlace = Get("from"),
            PickUpStationId = Guid.TryParse(Get("fromStation"), out var from) ? from : null,
            DropOffPlace = Get("to"),
            DropOffStationId = Guid.TryParse(Get("toStation"), out var to) ? to : null,
            Acriss = Get("acriss"),
        };
        if (ReadDateTime(Get("pickUp")) is { } pickUp)
        {
            (form.PickUpDate, form.PickUpTime) = (pickUp.Date, pickUp.TimeOfDay);
        }

        if (ReadDateTime(Get("dropOff")) is { } dropOff)
        {
            (form.DropOffDate, form.DropOffTime) = (dropOff.Date, dropOff.TimeOfDay);
        }

        if (Get("age") is { } age)
        {
            form.DriverAge = int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? years : null;
        }

        foreach (var part in (Get("extras") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (kind, quantity) = part.Split(':') is [var name, var count] ? (name, count) : (part, "1");
            if (Enum.TryParse<ExtraKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                && int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var times))
            {
                form.Extras[parsed] = times;
            }
        }

        return form;
    }

    /// <summary>A category letter means every code of that category; otherwise a code or pattern with ?; empty means all.</summary>
    public static Result<AcrissPattern?> ParseAcriss(string? text)
    {
        var input = (text ?? "").Trim().ToUpperInvariant();
        if (input.Length == 0)
        {
            return Result.Ok<AcrissPattern?>(null);
        }

        if (input.Length == 1)
        {
            return AcrissMatrix.Category.Allows(input[0])
                ? Result.Ok<AcrissPattern?>(AcrissPattern.Parse(input + "???").Value)
                : Result.Fail<AcrissPattern?>(
                    $"{input} is not an ACRISS category; the categories are {AcrissMatrix.Category.AllowedLetters}.", nameof(Acriss));
        }

        var pattern = AcrissPattern.Parse(input, nameof(Acriss));
        return pattern.Failed ? Result.Fail<AcrissPattern?>(pattern.Error!, pattern.Field) : Result.Ok<AcrissPattern?>(pattern.Value);
    }

    private const string DateTimeFormat = "yyyy-MM-ddTHH:mm";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime? ReadDateTime(string? text) =>
        DateTime.TryParseExact(text, DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
}
