using Microsoft.AspNetCore.Authorization;

namespace CarRentalGateway.BackOffice.Security;

/// <summary>
/// The named policies: one per row of the capability matrix in architecture.md. Pages carry
/// <c>[Authorize(Policy = ...)]</c> and services demand the same policy before they touch data.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user, whatever their roles: their own account pages (password, two-factor).</summary>
    public const string OwnAccount = nameof(OwnAccount);

    /// <summary>Any member of staff: the dashboard and the pages every role shares.</summary>
    public const string Staff = nameof(Staff);

    public const string ViewCatalog = nameof(ViewCatalog);
    public const string EditCatalog = nameof(EditCatalog);
    public const string ManageContracts = nameof(ManageContracts);
    public const string ViewPricing = nameof(ViewPricing);
    public const string EditPricing = nameof(EditPricing);
    public const string UseQuoteTool = nameof(UseQuoteTool);
    public const string ViewBookings = nameof(ViewBookings);
    public const string ChangeBookings = nameof(ChangeBookings);
    public const string FinanceReports = nameof(FinanceReports);
    public const string ManageStaff = nameof(ManageStaff);

    /// <summary>Which roles each policy admits: the capability matrix as data, so tests can walk it.</summary>
    public static IReadOnlyDictionary<string, string[]> Matrix { get; } = new Dictionary<string, string[]>
    {
        [Staff] = [Roles.Admin, Roles.Support, Roles.Finance],
        [ViewCatalog] = [Roles.Admin, Roles.Support, Roles.Finance],
        [EditCatalog] = [Roles.Admin],
        [ManageContracts] = [Roles.Admin],
        [ViewPricing] = [Roles.Admin, Roles.Finance],
        [EditPricing] = [Roles.Admin],
        [UseQuoteTool] = [Roles.Admin, Roles.Support, Roles.Finance],
        [ViewBookings] = [Roles.Admin, Roles.Support, Roles.Finance],
        [ChangeBookings] = [Roles.Admin, Roles.Support],
        [FinanceReports] = [Roles.Admin, Roles.Finance],
        [ManageStaff] = [Roles.Admin],
    };

    public static void AddBackOfficePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (policy, roles) in Matrix)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        authorization.AddPolicy(OwnAccount, p => p.RequireAuthenticatedUser());

        // Everything not explicitly marked [AllowAnonymous] needs a signed-in user.
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
