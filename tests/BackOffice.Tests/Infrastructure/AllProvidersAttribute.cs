using System.Reflection;
using CarRentalGateway.BackOffice.Data;
using Xunit.Sdk;

namespace CarRentalGateway.BackOffice.Tests.Infrastructure;

/// <summary>
/// Runs a theory once per database provider the app supports, so every integration test is a test of
/// SQLite (the embedded default) and of MariaDB (production). The provider is the theory's first argument.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(provider => new object[] { provider });
}
