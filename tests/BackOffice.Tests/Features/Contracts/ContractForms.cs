using System.Globalization;
using CarRentalGateway.BackOffice.Features.Contracts;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using CarRentalGateway.Core.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Features.Contracts;

/// <summary>Contract forms as admins fill them in, and the shortcuts tests use to bring contracts into each status.</summary>
public static class ContractForms
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The fake clock's today (<see cref="TestApp.Start"/>).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TestApp.Start.UtcDateTime);

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ContractService Contracts(this UserSession session) => session.Services.GetRequiredService<ContractService>();

    /// <summary>A commission contract in EUR: 15 %, 30 days to pay, free cancellation 48 h, then 20 %; 50 EUR no-show.</summary>
    public static ContractForm Commission(string from, string to) => Commission(Day(from), Day(to));

    public static ContractForm Commission(DateOnly from, DateOnly to) => new()
    {
        ValidFrom = from.ToDateTime(TimeOnly.MinValue),
        ValidTo = to.ToDateTime(TimeOnly.MinValue),
        Currency = "EUR",
        PaymentTermsDays = 30,
        Model = CommercialModel.Commission,
        CommissionPercent = 15m,
        FreeCancellationHours = 48,
        LateFeeKind = LateFeeKind.Percent,
        LateFeePercent = 20m,
        NoShowFee = 50m,
    };

    /// <summary>A net-rate contract in EUR: at least 8 % margin, a fixed 35 EUR late fee.</summary>
    public static ContractForm NetRate(string from, string to) => Commission(from, to).With(f =>
    {
        f.Model = CommercialModel.NetRate;
        f.CommissionPercent = null;
        f.MinimumMarginPercent = 8m;
        f.LateFeeKind = LateFeeKind.Fixed;
        f.LateFeePercent = null;
        f.LateFeeFixed = 35m;
    });

    /// <summary>A copy of <paramref name="form"/> with some fields changed.</summary>
    public static ContractForm With(this ContractForm form, Action<ContractForm> change)
    {
        var copy = new ContractForm
        {
            ValidFrom = form.ValidFrom,
            ValidTo = form.ValidTo,
            Currency = form.Currency,
            PaymentTermsDays = form.PaymentTermsDays,
            Model = form.Model,
            CommissionPercent = form.CommissionPercent,
            MinimumMarginPercent = form.MinimumMarginPercent,
            FreeCancellationHours = form.FreeCancellationHours,
            LateFeeKind = form.LateFeeKind,
            LateFeePercent = form.LateFeePercent,
            LateFeeFixed = form.LateFeeFixed,
            NoShowFee = form.NoShowFee,
            Notes = form.Notes,
            Version = form.Version,
        };
        change(copy);
        return copy;
    }

    /// <summary>Drafts a contract as an Admin would, and insists it worked; returns its id.</summary>
    public static async Task<Guid> DraftAsync(this TestApp app, string supplierCode, ContractForm form, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var created = await session.Contracts().CreateDraftAsync(supplierCode, form, None);
        Assert.True(created.Succeeded, created.Error);
        return created.Value;
    }

    /// <summary>Drafts and approves a contract; returns its id.</summary>
    public static async Task<Guid> ActiveAsync(this TestApp app, string supplierCode, ContractForm form, TestUser? by = null)
    {
        var id = await app.DraftAsync(supplierCode, form, by);
        await app.ApproveAsync(id, by);
        return id;
    }

    public static async Task ApproveAsync(this TestApp app, Guid id, TestUser? by = null)
    {
        var contract = await app.FindContractAsync(id);
        await using var session = app.As(by ?? TestUser.Ann);
        var approved = await session.Contracts().ApproveAsync(id, contract.Version, None);
        Assert.True(approved.Succeeded, approved.Error);
    }

    public static async Task<Guid> AmendAsync(this TestApp app, Guid id, TestUser? by = null)
    {
        var contract = await app.FindContractAsync(id);
        await using var session = app.As(by ?? TestUser.Ann);
        var amended = await session.Contracts().AmendAsync(id, contract.Version, None);
        Assert.True(amended.Succeeded, amended.Error);
        return amended.Value;
    }

    public static async Task TerminateAsync(this TestApp app, Guid id, DateOnly effective, TestUser? by = null)
    {
        var contract = await app.FindContractAsync(id);
        await using var session = app.As(by ?? TestUser.Ann);
        var terminated = await session.Contracts().TerminateAsync(id, contract.Version, "Supplier left the market.", effective, None);
        Assert.True(terminated.Succeeded, terminated.Error);
    }

    /// <summary>The contract version as its page loads it; fails if it does not exist.</summary>
    public static async Task<ContractView> FindContractAsync(this TestApp app, Guid id, TestUser? by = null)
    {
        await using var session = app.As(by ?? TestUser.Ann);
        var contract = await session.Contracts().FindAsync(id, None);
        Assert.NotNull(contract);
        return contract;
    }
}
