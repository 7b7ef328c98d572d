using CarRentalGateway.Core.Rates;
using Microsoft.EntityFrameworkCore;

namespace CarRentalGateway.BackOffice.Data;

/// <summary>Reading an offer's rates whole: its seasons are a private field mapped by name, so one place names it.</summary>
public static class OfferRatesQueries
{
    /// <summary>The field of <see cref="OfferRates"/> that holds its seasons.</summary>
    public const string SeasonsField = "_seasons";

    public static IQueryable<OfferRates> WithSeasons(this IQueryable<OfferRates> rates) => rates.Include(SeasonsField);
}
