using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components;

/// <summary>The test context must check the app's real policies in services, not bUnit's stand-in.</summary>
public sealed class ComponentTestContextTests : ComponentTestContext
{
    [Fact]
    public async Task Services_check_the_real_policies_even_when_bUnit_is_told_every_policy_passes()
    {
        SignInAs(Roles.Support);
        Authorization.SetPolicies([.. Policies.Matrix.Keys]);

        var guard = Services.GetRequiredService<AccessGuard>();

        Assert.True(await guard.AllowsAsync(Policies.ViewCatalog));
        Assert.False(await guard.AllowsAsync(Policies.EditCatalog));
    }

    [Fact]
    public async Task Support_is_refused_registering_a_supplier_by_the_service_itself()
    {
        SignInAs(Roles.Support);
        var suppliers = Services.GetRequiredService<SupplierService>();

        var form = new SupplierForm
        {
            Code = "NEW-CO", Name = "New Co", LegalName = "New Co Ltd", CountryCode = "EE", CurrencyCode = "EUR",
            ReservationsEmail = "reservations@new-co.test",
        };

        await Assert.ThrowsAsync<AccessDeniedException>(() => suppliers.CreateAsync(form, CancellationToken.None));
    }
}
