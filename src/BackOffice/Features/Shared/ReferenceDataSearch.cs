using CarRentalGateway.Core.Common;

namespace CarRentalGateway.BackOffice.Features.Shared;

/// <summary>The country, currency and supplier pickers' search and labels, the same in every form.</summary>
public static class ReferenceDataSearch
{
    public static Task<IEnumerable<string>> SearchCountries(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Countries.All.Where(c => Matches(c.Code, c.Name, text)).Select(c => c.Code));

    public static Task<IEnumerable<string>> SearchCurrencies(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Currencies.All.Where(c => Matches(c.Code, c.Name, text)).Select(c => c.Code));

    /// <summary>"Estonia (EE)".</summary>
    public static string CountryLabel(string? code) => code is null ? "" : $"{Countries.NameOf(code)} ({code})";

    /// <summary>"Euro (EUR)".</summary>
    public static string CurrencyLabel(string? code) =>
        code is null ? "" : Currencies.Find(code) is { } currency ? $"{currency.Name} ({code})" : code;

    /// <summary>
    /// A code typed from its start, any part of the name, or the label "name (code)" itself (what the picker shows once chosen).
    /// </summary>
    public static bool Matches(string code, string name, string? text) =>
        string.IsNullOrWhiteSpace(text)
        || code.StartsWith(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || $"{name} ({code})".Equals(text.Trim(), StringComparison.OrdinalIgnoreCase);
}
