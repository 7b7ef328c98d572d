namespace CarRentalGateway.Core.Pricing;

/// <summary>A quote, or the reason the offer cannot be priced for the trip: never both.</summary>
public sealed record PricingOutcome
{
    private PricingOutcome(Quote? quote, CannotPrice? refusal)
    {
        Quote = quote;
        Refusal = refusal;
    }

    public Quote? Quote { get; }

    public CannotPrice? Refusal { get; }

    public bool IsPriced => Quote is not null;

    public static PricingOutcome Priced(Quote quote) => new(quote, null);

    public static PricingOutcome Refused(CannotPriceReason reason, string message) => new(null, new CannotPrice(reason, message));
}
