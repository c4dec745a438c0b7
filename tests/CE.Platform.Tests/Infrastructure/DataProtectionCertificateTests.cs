using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>
/// DataProtection:CertificatePath: the keys in the database are encrypted with the certificate, a
/// second instance holding the same certificate file accepts the first one's sign-in cookie, one
/// without it does not, and a replaced certificate named as the previous one still reads its keys.
/// </summary>
public sealed class DataProtectionCertificateTests
{
    private const string Password = "pfx-test-password";

    [Fact]
    public async Task Keys_are_stored_encrypted_and_a_second_instance_with_the_certificate_reads_the_first_ones_cookie()
    {
        await using var database = new SqliteTestDatabase();
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = WriteCertificate(database.Folder, "current.pfx"),
            ["DataProtection:CertificatePassword"] = Password,
        };
        await using var first = new CePlatformFactory(database, settings);
        var cookie = await SignInCookieAsync(first);
        await using var second = new CePlatformFactory(database, settings);
        var (profileStatus, profile) = await GetProfileAsync(second, cookie);
        List<string> keys;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        }

        await using var withoutCertificate = new CePlatformFactory(database);
        var (refusedStatus, _) = await GetProfileAsync(withoutCertificate, cookie);

        Assert.Equal(HttpStatusCode.OK, profileStatus);
        Assert.Contains("Key Holder", profile, StringComparison.Ordinal);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        // An instance without the certificate cannot decrypt the key, so the cookie means nothing to it.
        Assert.Equal(HttpStatusCode.Redirect, refusedStatus);
    }

    [Fact]
    public async Task After_the_certificate_is_replaced_the_previous_one_still_reads_the_keys_it_encrypted()
    {
        await using var database = new SqliteTestDatabase();
        var old = WriteCertificate(database.Folder, "old.pfx");
        await using var before = new CePlatformFactory(database, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = old, ["DataProtection:CertificatePassword"] = Password,
        });
        var cookie = await SignInCookieAsync(before);
        await using var after = new CePlatformFactory(database, new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = WriteCertificate(database.Folder, "new.pfx"), ["DataProtection:CertificatePassword"] = Password,
            ["DataProtection:PreviousCertificatePath"] = old, ["DataProtection:PreviousCertificatePassword"] = Password,
        });

        var (status, profile) = await GetProfileAsync(after, cookie);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Key Holder", profile, StringComparison.Ordinal);
    }

    /// <summary>Makes an account and signs it in through <paramref name="factory"/>; returns the sign-in cookie.</summary>
    private static async Task<string> SignInCookieAsync(CePlatformFactory factory)
    {
        var email = AccountSteps.NewEmail();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountProvisioning>().CreateConfirmedAsync(email, "Key Holder", AccountSteps.Password, Roles.Learner);
        }

        using var client = new AppClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var signedIn = await AccountSteps.SignInAsync(client, email);
        return SetCookies.StartingWith(signedIn, "ce.auth=").Split(';')[0];
    }

    private static string WriteCertificate(string folder, string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CE.Platform Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetProfileAsync(CePlatformFactory factory, string cookie)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/profile");
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
