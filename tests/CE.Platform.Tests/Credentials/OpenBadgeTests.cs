using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates.Signing;
using CE.Platform.Web.Features.Credentials;
using Microsoft.AspNetCore.WebUtilities;

namespace CE.Platform.Tests.Credentials;

public abstract class OpenBadgeTests(AppFixture app)
{
    [Fact]
    public async Task The_badge_is_a_signed_open_badge_credential_whose_status_bit_flips_when_the_certificate_is_revoked()
    {
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-pharmacology", "0.75");
        using var anonymous = app.NewClient();
        var keys = JsonSerializer.Deserialize<JsonWebKeySet>(await (await anonymous.GetAsync("/.well-known/jwks.json")).Content.ReadAsStringAsync())!.Keys;

        var jwt = await (await learner.GetAsync($"/certificates/{certificate.Number}/badge.jwt")).Content.ReadAsStringAsync();
        using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(jwt.Split('.')[0]));
        using var verified = CompactJws.Verify(jwt, keys);
        var credential = verified!.RootElement;

        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("vc+jwt", header.RootElement.GetProperty("typ").GetString());
        Assert.Equal(OpenBadgeCredentials.Contexts, credential.GetProperty("@context").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], credential.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("http://localhost/credentials/issuer", credential.GetProperty("issuer").GetProperty("id").GetString());
        Assert.True(DateTime.TryParse(credential.GetProperty("validFrom").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        var subject = credential.GetProperty("credentialSubject");
        var achievement = subject.GetProperty("achievement");
        Assert.Equal("Ketamine pharmacology", achievement.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(achievement.GetProperty("description").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(achievement.GetProperty("criteria").GetProperty("narrative").GetString()));
        Assert.Equal(1m, achievement.GetProperty("creditsAvailable").GetDecimal());
        Assert.Equal(0.75m, subject.GetProperty("creditsEarned").GetDecimal());
        var identity = subject.GetProperty("identifier")[0];
        var salt = identity.GetProperty("salt").GetString();
        Assert.Equal("sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant() + salt))), identity.GetProperty("identityHash").GetString());
        Assert.DoesNotContain(email, verified.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);

        var status = credential.GetProperty("credentialStatus");
        var index = int.Parse(status.GetProperty("statusListIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var listUrl = new Uri(status.GetProperty("statusListCredential").GetString()!).PathAndQuery;
        Assert.False(await RevokedAsync(anonymous, listUrl, index, keys));

        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);
        using var revoked = await admin.SubmitAsync($"/admin/certificates/{certificate.Number}", new Dictionary<string, string> { ["Category"] = "Issued in error", ["Reason"] = "Test revocation of the badge" }, "form[action$='/revoke']");
        Assert.True(await RevokedAsync(anonymous, listUrl, index, keys));
        learner.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task An_altered_badge_fails_verification_and_another_learner_cannot_download_it()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-pharmacology");
        var (other, _) = await AccountSteps.SignedInAsync(app);
        using var anonymous = app.NewClient();
        var keys = JsonSerializer.Deserialize<JsonWebKeySet>(await (await anonymous.GetAsync("/.well-known/jwks.json")).Content.ReadAsStringAsync())!.Keys;
        var jwt = await (await learner.GetAsync($"/certificates/{certificate.Number}/badge.jwt")).Content.ReadAsStringAsync();
        var parts = jwt.Split('.');
        var altered = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(parts[1])).Replace("\"creditsEarned\":1", "\"creditsEarned\":40", StringComparison.Ordinal);

        using var refused = await other.GetAsync($"/certificates/{certificate.Number}/badge.json");

        Assert.NotNull(CompactJws.Verify(jwt, keys));
        Assert.Null(CompactJws.Verify($"{parts[0]}.{WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(altered))}.{parts[2]}", keys));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        learner.Dispose();
        other.Dispose();
    }

    private static async Task<bool> RevokedAsync(AppClient client, string listUrl, int index, IReadOnlyList<PublicJwk> keys)
    {
        using var response = await client.GetAsync(listUrl);
        Assert.Equal(CredentialsController.JwtMediaType, response.Content.Headers.ContentType?.MediaType);
        using var list = CompactJws.Verify(await response.Content.ReadAsStringAsync(), keys);
        var subject = list!.RootElement.GetProperty("credentialSubject");
        Assert.Equal("BitstringStatusList", subject.GetProperty("type").GetString());
        return StatusList.IsSet(subject.GetProperty("encodedList").GetString()!, index);
    }
}

[Collection(Collections.Sqlite)]
public sealed class OpenBadgeTestsOnSqlite(SqliteAppFixture app) : OpenBadgeTests(app);

[Collection(Collections.PostgreSql)]
public sealed class OpenBadgeTestsOnPostgreSql(PostgreSqlAppFixture app) : OpenBadgeTests(app);

public sealed class StatusListTests
{
    [Fact]
    public void Index_zero_is_the_leftmost_bit_and_only_set_indexes_read_as_set()
    {
        var encoded = StatusList.Encode([0, 9, StatusList.Size - 1]);

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.True(StatusList.IsSet(encoded, 0));
        Assert.True(StatusList.IsSet(encoded, 9));
        Assert.True(StatusList.IsSet(encoded, StatusList.Size - 1));
        Assert.False(StatusList.IsSet(encoded, 1));
        Assert.False(StatusList.IsSet(encoded, 8));
    }

    [Fact]
    public void A_certificate_id_maps_to_a_list_and_an_index() =>
        Assert.Equal((2, 5), StatusList.Position(StatusList.Size + 5));
}
