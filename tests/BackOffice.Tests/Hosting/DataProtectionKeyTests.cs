using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CarRentalGateway.BackOffice.Data;
using CarRentalGateway.BackOffice.Hosting;
using CarRentalGateway.BackOffice.Security;
using CarRentalGateway.BackOffice.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CarRentalGateway.BackOffice.Tests.Hosting;

/// <summary>
/// Instances of the app share one database and nothing else: what one protects (the sign-in cookie, antiforgery
/// tokens) another must read, as a load balancer may send the next request anywhere. Each instance here is a service
/// provider of its own, built as the app builds it, so each has its own key ring cache.
/// </summary>
public sealed class DataProtectionKeyTests(TestDatabases databases) : IClassFixture<TestDatabases>
{
    // The purpose the cookie handler uses for the sign-in cookie; any fixed purpose would show the same.
    private const string Purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";
    private const string Payload = "admin@carrentalgateway.example signed in";

    [Theory, AllProviders]
    public async Task What_one_instance_protects_another_instance_reads(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var first = Instance(app.Database);
        await using var second = Instance(app.Database);

        var protectedByFirst = Protector(first).Protect(Payload);

        Assert.Equal(Payload, Protector(second).Unprotect(protectedByFirst));
        await using var db = await app.OpenDbAsync();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Theory, AllProviders]
    public async Task An_app_with_another_application_name_cannot_read_it(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        await using var backOffice = Instance(app.Database);
        await using var otherApp = Instance(app.Database, other => other.SetApplicationName("SomeOtherApp"));

        var protectedByBackOffice = Protector(backOffice).Protect(Payload);

        Assert.ThrowsAny<CryptographicException>(() => Protector(otherApp).Unprotect(protectedByBackOffice));
    }

    [Theory, AllProviders]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_only_instances_with_it_read_them(DatabaseProvider provider)
    {
        await using var app = await databases.StartAsync(provider);
        using var certificate = CertificateFiles.Create();
        await using var first = Instance(app.Database, settings: certificate.Settings);
        await using var second = Instance(app.Database, settings: certificate.Settings);
        await using var withoutCertificate = Instance(app.Database);

        var protectedByFirst = Protector(first).Protect(Payload);

        await using (var db = await app.OpenDbAsync())
        {
            var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
            Assert.Contains("<encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        }

        Assert.Equal(Payload, Protector(second).Unprotect(protectedByFirst));
        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(protectedByFirst));
    }

    private static IDataProtector Protector(ServiceProvider instance) =>
        instance.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    /// <summary>The data and Data Protection registrations of one app instance over <paramref name="database"/>.</summary>
    private static ServiceProvider Instance(
        TestDatabase database, Action<IDataProtectionBuilder>? adjust = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBackOfficeData(configuration, contentRoot: AppContext.BaseDirectory);
        services.AddScoped<ICurrentUser, TestCurrentUser>();
        var dataProtection = services.AddBackOfficeDataProtection(configuration);
        adjust?.Invoke(dataProtection);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A self-signed certificate and its key as PEM files, as a mounted Kubernetes TLS Secret provides them.</summary>
    private sealed class CertificateFiles : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("crg-dp-cert-");

        private CertificateFiles()
        {
        }

        public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["DataProtection:CertificateFile"] = Path.Combine(_folder.FullName, "tls.crt"),
            ["DataProtection:CertificateKeyFile"] = Path.Combine(_folder.FullName, "tls.key"),
        };

        public static CertificateFiles Create()
        {
            var files = new CertificateFiles();
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=back office data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllText(files.Settings["DataProtection:CertificateFile"]!, certificate.ExportCertificatePem());
            File.WriteAllText(files.Settings["DataProtection:CertificateKeyFile"]!, key.ExportPkcs8PrivateKeyPem());
            return files;
        }

        public void Dispose() => _folder.Delete(recursive: true);
    }
}
