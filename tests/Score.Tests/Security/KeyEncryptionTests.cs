using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Score.Tests.Infrastructure;
using Score.Tests.Registry;

namespace Score.Tests.Security;

/// <summary>With a certificate configured, the Data Protection keys that sign sign-in cookies are stored encrypted.</summary>
public sealed class KeyEncryptionTests(KeyEncryptionTests.CertificateApp app) : RegistryTest(app), IClassFixture<KeyEncryptionTests.CertificateApp>
{
    public sealed class CertificateApp : ScoreApp
    {
        private readonly string pfx = Path.Combine(Path.GetTempPath(), $"score-keys-{Guid.NewGuid():N}.pfx");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Score test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, "test-password"));
            builder.UseSetting("Score:DataProtectionCertificate", pfx);
            builder.UseSetting("Score:DataProtectionCertificatePassword", "test-password");
        }

        protected override void Dispose(bool disposing)
        {
            File.Delete(pfx);
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task The_keys_are_stored_encrypted_and_sign_in_still_works()
    {
        using var staff = await AsAsync("staff.bedo@score.test");

        Assert.Contains("name=\"Name\"", await staff.GetPageAsync("/enterprises/create"), StringComparison.Ordinal);
        var keys = await App.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml ?? "").ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
