using System.Security.Cryptography.X509Certificates;
using CarRentalGateway.BackOffice.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CarRentalGateway.BackOffice.Hosting;

/// <summary>The <c>DataProtection</c> configuration section: how the shared keys are protected at rest.</summary>
public sealed class DataProtectionKeyOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// A PEM certificate (e.g. <c>tls.crt</c> of a mounted Kubernetes Secret) whose public key encrypts every new key
    /// before it is stored; empty: keys are stored unencrypted and the database's access control is their protection.
    /// </summary>
    public string? CertificateFile { get; set; }

    /// <summary>The certificate's PEM private key (<c>tls.key</c>), which every instance needs to read the keys.</summary>
    public string? CertificateKeyFile { get; set; }
}

public static class BackOfficeDataProtection
{
    /// <summary>Fixed, so every instance (and every release) derives the same protectors from the shared keys.</summary>
    public const string ApplicationName = "CarRentalGateway.BackOffice";

    /// <summary>
    /// Keys in the app's database (table DataProtectionKeys): a cookie or antiforgery token issued by one instance is
    /// read by every other, and survives restarts and new releases.
    /// </summary>
    public static IDataProtectionBuilder AddBackOfficeDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        var options = configuration.GetSection(DataProtectionKeyOptions.Section).Get<DataProtectionKeyOptions>() ?? new DataProtectionKeyOptions();
        if (!string.IsNullOrWhiteSpace(options.CertificateFile))
        {
            if (string.IsNullOrWhiteSpace(options.CertificateKeyFile))
            {
                throw new InvalidOperationException(
                    $"{DataProtectionKeyOptions.Section}:CertificateFile is set but {DataProtectionKeyOptions.Section}:CertificateKeyFile is not: "
                    + "every instance needs the private key to read the keys.");
            }

            // Also registers the certificate for decryption, so no certificate store is needed.
            builder.ProtectKeysWithCertificate(X509Certificate2.CreateFromPemFile(options.CertificateFile, options.CertificateKeyFile));
        }

        return builder;
    }
}
