using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Recruiting.Core.Storage;
using Recruiting.Web.Hosting;

namespace Recruiting.Web.Instances;

/// <summary>
/// ASP.NET Core data protection (sign-in cookies, antiforgery tokens, one-time state) with its keys in the database,
/// under one application name, so every instance reads what another wrote and a redeploy keeps everybody signed in.
/// `DataProtection:CertificatePath` (a .pfx with its private key; `DataProtection:CertificatePassword`) encrypts the
/// stored keys; without it they are stored unencrypted and anybody who can read the database can forge cookies.
/// </summary>
public static class SharedKeys
{
    public const string ApplicationName = "Recruiting";

    public static IServiceCollection AddSharedKeys(this IServiceCollection services, IConfiguration config, AppRoot root)
    {
        var keys = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<SchemaMigrator, IConfiguration>((options, migrator, settings) =>
            options.XmlRepository = new DatabaseKeyRepository(migrator, DatabaseOptions.ConnectionString(settings)));
        var path = config["DataProtection:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var certificate = LoadCertificate(root.Resolve(path), config["DataProtection:CertificatePassword"]);
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }

    /// <summary>Creates the first key now, under the start-up lock, rather than one per instance at its first request.</summary>
    public static void EnsureKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect("key ring ready"u8.ToArray());

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        if (!File.Exists(path))
            throw new StartupFailure($"DataProtection:CertificatePath is {path}, which does not exist. Give the path of a .pfx file holding the certificate and its private key, or remove the setting.");
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new StartupFailure($"DataProtection:CertificatePath {path} could not be read as a .pfx file ({e.Message}). Check the file and DataProtection:CertificatePassword.");
        }
        if (!certificate.HasPrivateKey)
            throw new StartupFailure($"DataProtection:CertificatePath {path} holds no private key: export the certificate with its private key (.pfx).");
        return certificate;
    }
}
