using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.Core.Common;
using CarRentalGateway.Core.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Components.Contracts;

/// <summary>Component tests around contracts: contracts are drafted and approved through the real service, as an admin.</summary>
public abstract class ContractComponentTest : ComponentTestContext
{
    protected ContractService Contracts => Services.GetRequiredService<ContractService>();

    protected static DateOnly Today => TimeProvider.System.TodayUtc();

    /// <summary>A draft with sound terms (commission 15 %, 48 h free, 20 % late fee, 50.00 EUR no-show) running for a year from today.</summary>
    protected static ContractForm SoundForm(DateOnly? from = null, DateOnly? to = null, decimal commission = 15m) => new()
    {
        ValidFrom = (from ?? Today).ToDateTime(TimeOnly.MinValue),
        ValidTo = (to ?? (from ?? Today).AddYears(1).AddDays(-1)).ToDateTime(TimeOnly.MinValue),
        Currency = "EUR",
        PaymentTermsDays = 30,
        Model = CommercialModel.Commission,
        CommissionPercent = commission,
        FreeCancellationHours = 48,
        LateFeeKind = LateFeeKind.Percent,
        LateFeePercent = 20m,
        NoShowFee = 50m,
    };

    /// <summary>Drafts a contract as an admin (and approves it when asked); the signed-in role is set back afterwards.</summary>
    protected async Task<ContractView> SeedContractAsync(string supplierCode, ContractForm form, bool approve = false, string signedInAs = Roles.Admin)
    {
        SignInAs(Roles.Admin);
        var id = await Contracts.CreateDraftAsync(supplierCode, form, CancellationToken.None);
        Assert.True(id.Succeeded, id.Error);
        if (approve)
        {
            var draft = await Contracts.FindAsync(id.Value, CancellationToken.None);
            var approved = await Contracts.ApproveAsync(id.Value, draft!.Version, CancellationToken.None);
            Assert.True(approved.Succeeded, approved.Error);
        }

        var contract = await Contracts.FindAsync(id.Value, CancellationToken.None);
        SignInAs(signedInAs);
        return contract!;
    }

    /// <summary>
    /// Stores a contract that was approved two years ago and ended a year ago, straight through the domain and the
    /// DbContext: the service (rightly) approves nothing that has already ended.
    /// </summary>
    protected async Task<Guid> SeedExpiredContractAsync(Guid supplierId, int number = 1)
    {
        var from = Today.AddYears(-2);
        var terms = SoundForm(from, Today.AddYears(-1)).ToTerms().Value;
        var contract = Contract.Draft(Guid.CreateVersion7(), supplierId, number, terms).Value;
        Assert.True(contract.Approve([], "admin@backoffice.test", from.ToDateTime(TimeOnly.MinValue), from).Succeeded);
        await using var db = await Database.CreateDbContextAsync();
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    }

    /// <summary>Amends an active contract as an admin, changes the draft with <paramref name="change"/>, and approves it.</summary>
    protected async Task<ContractView> AmendAndApproveAsync(ContractView active, Action<ContractForm> change, string signedInAs = Roles.Admin)
    {
        SignInAs(Roles.Admin);
        var amended = await Contracts.AmendAsync(active.Id, active.Version, CancellationToken.None);
        Assert.True(amended.Succeeded, amended.Error);
        var draft = await Contracts.FindAsync(amended.Value, CancellationToken.None);
        var form = ContractForm.From(draft!);
        change(form);
        var updated = await Contracts.UpdateDraftAsync(draft!.Id, form, CancellationToken.None);
        Assert.True(updated.Succeeded, updated.Error);
        draft = await Contracts.FindAsync(amended.Value, CancellationToken.None);
        var approved = await Contracts.ApproveAsync(draft!.Id, draft.Version, CancellationToken.None);
        Assert.True(approved.Succeeded, approved.Error);
        var result = await Contracts.FindAsync(amended.Value, CancellationToken.None);
        SignInAs(signedInAs);
        return result!;
    }
}
