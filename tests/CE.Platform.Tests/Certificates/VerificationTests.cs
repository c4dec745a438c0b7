using System.Net;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Certificates.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Certificates;

public abstract class VerificationTests(AppFixture app)
{
    private const string Module = "ketamine-depression";

    [Fact]
    public async Task The_verification_link_says_valid_and_after_an_admin_revokes_it_says_revoked()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        using var anonymous = app.NewClient();
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        var before = await anonymous.GetPageAsync($"/verify/{certificate.VerificationToken}");
        using var revoked = await admin.SubmitAsync($"/admin/certificates/{certificate.Number}", new Dictionary<string, string> { ["Category"] = "Academic misconduct", ["Reason"] = "Completed by someone else (investigation 2026-14)" }, "form[action$='/revoke']");
        var after = await anonymous.GetPageAsync($"/verify/{certificate.VerificationToken}");
        using var json = await anonymous.GetAsync($"/verify/{certificate.VerificationToken}.json");

        Assert.Contains("This certificate is valid", before.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test Person", before.QuerySelector("dl")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("revoked on", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("(Academic misconduct)", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        var byNumber = await anonymous.GetPageAsync($"/verify/{certificate.Number}");
        Assert.Contains("(Academic misconduct)", byNumber.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("investigation", byNumber.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("revoked", JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        var audited = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == "certificate.revoked" && e.Subject == certificate.Number));
        Assert.True(audited);
        learner.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task A_number_lookup_shows_only_whether_it_is_valid_and_an_unknown_token_is_not_found()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        using var anonymous = app.NewClient();

        var found = await anonymous.GetPageAsync($"/verify?number={certificate.Number.ToLowerInvariant()}");
        var inPath = await anonymous.GetPageAsync($"/verify/{certificate.Number}");
        using var unknown = await anonymous.GetAsync("/verify?number=CE-2026-0000-0000");
        using var badToken = await anonymous.GetAsync("/verify/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Contains("is a valid certificate", found.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("is a valid certificate", inPath.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Test Person", found.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No certificate has the number", (await AppClient.ParseAsync(unknown)).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, badToken.StatusCode);
        learner.Dispose();
    }

    [Fact]
    public async Task The_signed_record_verifies_with_the_published_keys_and_an_altered_one_does_not()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        using var anonymous = app.NewClient();
        using var jwksResponse = await anonymous.GetAsync("/.well-known/jwks.json");
        var keys = JsonSerializer.Deserialize<JsonWebKeySet>(await jwksResponse.Content.ReadAsStringAsync())!.Keys;
        var record = await (await learner.GetAsync($"/certificates/{certificate.Number}.jws")).Content.ReadAsStringAsync();

        using var payload = CompactJws.Verify(record, keys);
        var parts = record.Split('.');
        var forgedClaims = JsonSerializer.Deserialize<Dictionary<string, object>>(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(parts[1]))!;
        forgedClaims["credit"] = 40;
        var forged = $"{parts[0]}.{Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(forgedClaims))}.{parts[2]}";

        Assert.NotNull(payload);
        Assert.Equal(certificate.Number, payload.RootElement.GetProperty("sub").GetString());
        Assert.Equal(certificate.LearnerName, payload.RootElement.GetProperty("name").GetString());
        Assert.Null(CompactJws.Verify(forged, keys));
        learner.Dispose();
    }

    [Fact]
    public async Task The_offline_verify_command_accepts_the_record_and_refuses_an_altered_copy()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        using var anonymous = app.NewClient();
        var folder = Directory.CreateTempSubdirectory("ce-verify-").FullName;
        var keys = Path.Combine(folder, "jwks.json");
        var record = Path.Combine(folder, "record.jws");
        var altered = Path.Combine(folder, "altered.jws");
        await File.WriteAllTextAsync(keys, await (await anonymous.GetAsync("/.well-known/jwks.json")).Content.ReadAsStringAsync());
        await File.WriteAllTextAsync(record, certificate.SignedRecord);
        await File.WriteAllTextAsync(altered, certificate.SignedRecord[..^4] + "AAAA");
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["keys"] = keys }).Build();

        var good = await CertificateCommands.RunAsync(["certificates", "verify", record], configuration);
        var bad = await CertificateCommands.RunAsync(["certificates", "verify", altered], configuration);

        Assert.Equal(0, good);
        Assert.Equal(1, bad);
        Directory.Delete(folder, recursive: true);
        learner.Dispose();
    }

    [Fact]
    public async Task Rotating_the_signing_key_keeps_earlier_certificates_valid_and_signs_new_ones_with_the_new_key()
    {
        var (first, _) = await AccountSteps.SignedInAsync(app);
        var before = await CompletionSteps.CompleteAsync(app, first, Module);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        using var rotated = await admin.SubmitAsync("/admin/certificates", new Dictionary<string, string>(), "form[action$='/keys/rotate']");
        var (second, _) = await AccountSteps.SignedInAsync(app);
        var after = await CompletionSteps.CompleteAsync(app, second, Module);
        using var anonymous = app.NewClient();

        Assert.Contains("This certificate is valid", (await anonymous.GetPageAsync($"/verify/{before.VerificationToken}")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("This certificate is valid", (await anonymous.GetPageAsync($"/verify/{after.VerificationToken}")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(SignedRecords.KeyId(before.SignedRecord), SignedRecords.KeyId(after.SignedRecord));
        first.Dispose();
        second.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task Reissuing_after_a_name_correction_gives_a_new_number_and_marks_the_old_one_replaced()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var original = await CompletionSteps.CompleteAsync(app, learner, Module);
        using var corrected = await learner.SubmitAsync("/profile", new Dictionary<string, string> { ["FullName"] = "Corrected Name-Spelling" });
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Learner, Roles.Admin);

        using var reissued = await admin.SubmitAsync($"/admin/certificates/{original.Number}", new Dictionary<string, string> { ["Reason"] = "Name spelling corrected at the learner's request" }, "form[action$='/reissue']");
        var newNumber = reissued.Headers.Location!.OriginalString.Split('/')[^1];
        var replacement = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.AsNoTracking().SingleAsync(c => c.Number == newNumber));
        using var anonymous = app.NewClient();

        Assert.NotEqual(original.Number, newNumber);
        Assert.Equal("Corrected Name-Spelling", replacement.LearnerName);
        Assert.Equal(original.CompletionId, replacement.CompletionId);
        Assert.Contains($"replaced by {newNumber}", (await anonymous.GetPageAsync($"/verify/{original.VerificationToken}")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("This certificate is valid", (await anonymous.GetPageAsync($"/verify/{replacement.VerificationToken}")).QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        learner.Dispose();
        admin.Dispose();
    }

    [Fact]
    public async Task A_record_altered_in_the_database_no_longer_passes_as_valid()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, Module);
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.Where(c => c.Id == certificate.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.CreditHours, 25m)));
        using var anonymous = app.NewClient();

        var page = await anonymous.GetPageAsync($"/verify/{certificate.VerificationToken}");

        Assert.Contains("does not match its signature", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        learner.Dispose();
    }
}

[Collection(Collections.Sqlite)]
public sealed class VerificationTestsOnSqlite(SqliteAppFixture app) : VerificationTests(app);

[Collection(Collections.PostgreSql)]
public sealed class VerificationTestsOnPostgreSql(PostgreSqlAppFixture app) : VerificationTests(app);
