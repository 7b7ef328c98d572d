using Bunit;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Contracts;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

public sealed class ContractComparisonTests : ContractComponentTest
{
    [Fact]
    public async Task The_comparison_highlights_exactly_the_changed_terms()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form =>
        {
            form.CommissionPercent = 17.5m;
            form.NoShowFee = 60m;
        }, signedInAs: Roles.Finance);
        first = (await Contracts.FindAsync(first.Id, CancellationToken.None))!;

        var comparison = Render<ContractComparison>(p => p.Add(x => x.A, first).Add(x => x.B, second));

        Assert.Equal(["commission", "no-show-fee"], comparison.FindAll("tr.differs").Select(r => r.GetAttribute("data-term")));
        var commission = comparison.Find("tr[data-term=commission]");
        Assert.Equal("15 %", commission.QuerySelector(".version-a")!.TextContent);
        Assert.Equal("17.5 %", commission.QuerySelector(".version-b")!.TextContent);
        Assert.Contains("changed", commission.TextContent);
        Assert.Equal("2 terms differ.", comparison.Find("#comparison-summary").TextContent.Trim());
        Assert.Contains(comparison.FindAll("tr.term-row"), r => r.GetAttribute("data-term") == "validity" && !r.ClassList.Contains("differs"));
    }

    [Fact]
    public async Task Show_only_differences_leaves_only_the_changed_terms()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form => form.FreeCancellationHours = 24);
        var comparison = Render<ContractComparison>(p => p.Add(x => x.A, first).Add(x => x.B, second));
        Assert.True(comparison.FindAll("tr.term-row").Count > 5);

        comparison.Find("#only-differences").Change(true);

        comparison.WaitForAssertion(() =>
            Assert.Equal(["free-cancellation"], comparison.FindAll("tr.term-row").Select(r => r.GetAttribute("data-term"))));
    }

    [Fact]
    public async Task A_change_of_model_shows_both_percentages_each_on_its_own_version()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form =>
        {
            form.Model = CommercialModel.NetRate;
            form.MinimumMarginPercent = 8m;
        });

        var comparison = Render<ContractComparison>(p => p.Add(x => x.A, first).Add(x => x.B, second));

        Assert.Equal(["model", "commission", "minimum-margin"], comparison.FindAll("tr.differs").Select(r => r.GetAttribute("data-term")));
        Assert.Equal("—", comparison.Find("tr[data-term=commission] .version-b").TextContent);
        Assert.Equal("8 %", comparison.Find("tr[data-term=minimum-margin] .version-b").TextContent);
    }

    [Fact]
    public async Task Versions_with_the_same_terms_say_so_and_mark_nothing()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, _ => { });

        var comparison = Render<ContractComparison>(p => p.Add(x => x.A, first).Add(x => x.B, second));

        Assert.Empty(comparison.FindAll("tr.differs"));
        Assert.Equal("The two versions have the same terms.", comparison.Find("#comparison-summary").TextContent.Trim());
    }

    [Fact]
    public async Task The_compare_page_puts_the_earlier_version_on_the_left_whatever_the_link_order()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var second = await AmendAndApproveAsync(first, form => form.CommissionPercent = 17.5m, signedInAs: Roles.Support);

        var page = Render<ContractComparePage>(p => p.Add(x => x.Id, second.Id).Add(x => x.OtherId, first.Id));

        page.WaitForAssertion(() => Assert.Contains("v1 and v2 side by side", page.Find("#comparison-title").TextContent));
        Assert.Equal("15 %", page.Find("tr[data-term=commission] .version-a").TextContent);
        Assert.Equal(["commission"], page.FindAll("tr.differs").Select(r => r.GetAttribute("data-term")));
    }

    [Fact]
    public async Task The_compare_page_refuses_versions_of_two_different_contracts()
    {
        await SeedSupplierAsync("SIXT-EE", "Sixt Estonia");
        var first = await SeedContractAsync("SIXT-EE", SoundForm(), approve: true);
        var other = await SeedContractAsync("SIXT-EE", SoundForm(Today.AddYears(1)), signedInAs: Roles.Support);

        var page = Render<ContractComparePage>(p => p.Add(x => x.Id, first.Id).Add(x => x.OtherId, other.Id));

        page.WaitForElement("#comparison-not-same-contract");
        Assert.Empty(page.FindAll("tr.term-row"));
    }
}
