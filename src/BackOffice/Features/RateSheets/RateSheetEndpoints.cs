using CarRentalGateway.BackOffice.Security;

namespace CarRentalGateway.BackOffice.Features.RateSheets;

public static class RateSheetEndpoints
{
    public const string TemplatePath = "/rate-sheets/template";

    /// <summary>The template download: an endpoint of its own, so the browser saves a file; admins only, like the import.</summary>
    public static IEndpointRouteBuilder MapRateSheetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(TemplatePath, () => Results.File(RateSheetTemplate.Build(), RateSheetFormat.ContentType, RateSheetTemplate.FileName))
            .RequireAuthorization(Policies.EditCatalog);
        return endpoints;
    }
}
