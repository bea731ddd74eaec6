using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Identity;
using Recruiting.Testing;

namespace Recruiting.Web.Tests.Hosting;

/// <summary>Data-protection keys live in the database, encrypted with `DataProtection:CertificatePath` when it is set.</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task Without_a_certificate_the_key_is_stored_in_the_database()
    {
        await using var app = await TestApp.StartAsync();
        using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

        await using var db = app.NewDbContext();
        var xml = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Contains("<masterKey", xml);
    }

    [Fact]
    public async Task With_a_certificate_the_stored_key_is_encrypted_and_sign_in_still_works()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"recruiting-keys-{Guid.NewGuid():N}.pfx");
        try
        {
            await File.WriteAllBytesAsync(pfx, SelfSignedPfx("k3ys-Passw0rd"));
            await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
            {
                ["DataProtection:CertificatePath"] = pfx,
                ["DataProtection:CertificatePassword"] = "k3ys-Passw0rd",
            });
            using var admin = await SignedInClient.CreateAsync(app, Roles.Administrator);

            Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
            await using var db = app.NewDbContext();
            var xml = Assert.Single(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml); // the master key's bytes appear only inside the encrypted part
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task A_missing_certificate_file_stops_the_start_with_one_line_naming_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.pfx");
        await using var site = AppProcess.Start("site", new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Import:Folder"] = "",
            ["DataProtection:CertificatePath"] = missing,
        });

        Assert.Equal(1, await site.ExitCodeAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains($"The site cannot start: DataProtection:CertificatePath is {missing}, which does not exist.", site.Output);
        Assert.DoesNotContain("   at ", site.Output);
    }

    private static byte[] SelfSignedPfx(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=recruiting data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
