using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Data.Auditing;
using CarRentalGateway.BackOffice.Features.Audit;
using CarRentalGateway.BackOffice.Features.Suppliers;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Security;

/// <summary>
/// The audit log in the access matrix: Admin only ("users and roles, audit log"). Every refusal is itself in the log,
/// with the policy and the service method that refused.
/// </summary>
public sealed partial class ServiceAccessTests
{
    private static Dictionary<string, (string[] Roles, Func<UserSession, SupplierView, Task> Call)> AuditMatrix() => new()
    {
        ["AuditLogService.SearchAsync"] = (AdminOnly, async (s, v) =>
            Assert.Contains(v.Code, (await s.Services.GetRequiredService<AuditLogService>()
                .SearchAsync(new AuditLogQuery { EntityType = "Supplier", EntityKey = v.Code }, None)).Items.Select(r => r.Entity?.Name))),
        ["AuditLogService.EntityTypesAsync"] = (AdminOnly, async (s, _) =>
            Assert.Contains("Supplier", await s.Services.GetRequiredService<AuditLogService>().EntityTypesAsync(None))),
    };

    /// <summary>The refusal the call under test left in the audit log: who was refused, by which policy, where.</summary>
    private static async Task AssertRefusalRecordedAsync(TestApp app, TestUser caller, string method)
    {
        await using var db = await app.OpenDbAsync();
        var refusal = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == SecurityEvents.EntityType)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync();

        Assert.NotNull(refusal);
        Assert.Equal(AuditAction.AccessDenied, refusal.Action);
        Assert.Equal(caller.SignedIn ? caller.Name : SecurityEvents.Anonymous, refusal.UserName);
        Assert.Equal(caller.SignedIn ? caller.Id : null, refusal.UserId);
        Assert.Contains(new FieldChange("Refused", null, method), refusal.Changes);
        Assert.Contains(refusal.Changes, c => c.Field == "Policy" && Policies.Matrix.ContainsKey(c.New!));
    }

    /// <summary>Audit entries of changes to data, leaving out the security events (refusals) that calls record.</summary>
    private static Task<int> DataAuditEntriesAsync(AppDbContext db) =>
        db.AuditEntries.CountAsync(a => a.EntityType != SecurityEvents.EntityType);
}
