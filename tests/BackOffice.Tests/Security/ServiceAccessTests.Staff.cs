using CarRentalGateway.BackOffice.Features.Staff;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Tests.Features.Staff;
using CarRentalGateway.BackOffice.Tests.Infrastructure;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// Staff accounts in the access matrix: administrators only ("users and roles"). The world has no accounts, so the list
/// is empty, a new account without roles is created, and every change to an account that is not there is refused as
/// not found, after the policy check.
/// </summary>
public sealed partial class ServiceAccessTests
{
    private const string NoAccount = "no-such-account";

    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> StaffMatrix() => new()
    {
        ["StaffService.SearchAsync"] = (AdminOnly, async (s, _) =>
            Assert.Empty((await s.Staff().SearchAsync(new StaffQuery(), None)).Items)),
        ["StaffService.CreateAsync"] = (AdminOnly, async (s, _) =>
            Succeeded(await s.Staff().CreateAsync(new NewStaffForm { Email = "new.agent@crg.example", DisplayName = "New Agent" }, None))),
        ["StaffService.ChangeRolesAsync"] = (AdminOnly, async (s, _) =>
            NoSuchAccount(await s.Staff().ChangeRolesAsync(NoAccount, new HashSet<string>(), None))),
        ["StaffService.DisableAsync"] = (AdminOnly, async (s, _) =>
            NoSuchAccount(await s.Staff().DisableAsync(NoAccount, None))),
        ["StaffService.EnableAsync"] = (AdminOnly, async (s, _) =>
            NoSuchAccount(await s.Staff().EnableAsync(NoAccount, None))),
        ["StaffService.ForcePasswordResetAsync"] = (AdminOnly, async (s, _) =>
            NoSuchAccount(await s.Staff().ForcePasswordResetAsync(NoAccount, None))),
        ["StaffService.ResetTwoFactorAsync"] = (AdminOnly, async (s, _) =>
            NoSuchAccount(await s.Staff().ResetTwoFactorAsync(NoAccount, None))),
    };

    private static void NoSuchAccount(Core.Common.Result result) =>
        Assert.Equal(($"There is no account {NoAccount}.", StaffService.UserField), (result.Error, result.Field));
}
