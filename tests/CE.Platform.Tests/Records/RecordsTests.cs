using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Records;

public abstract class RecordsTests(AppFixture app)
{
    [Fact]
    public async Task Deleting_an_account_keeps_its_certificate_verifiable_and_ends_sign_in()
    {
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        var certificate = await CompletionSteps.CompleteAsync(app, learner, "ketamine-history");

        using var deleted = await learner.SubmitAsync("/profile/delete", new Dictionary<string, string> { ["Password"] = AccountSteps.Password });
        using var anonymous = app.NewClient();
        var verify = await anonymous.GetPageAsync($"/verify/{certificate.VerificationToken}");
        using var signIn = await AccountSteps.SignInAsync(anonymous, email);

        Assert.Contains("account is deleted", (await AppClient.ParseAsync(deleted)).QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("This certificate is valid", verify.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test Person", verify.QuerySelector("dl")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email)));
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.AnyAsync(c => c.Id == certificate.CompletionId)));
        learner.Dispose();
    }

    [Fact]
    public async Task The_purge_refuses_a_short_window_lists_without_confirmation_and_removes_only_older_records()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var old = await CompletionSteps.CompleteAsync(app, learner, "ketamine-history");
        var recent = await CompletionSteps.CompleteAsync(app, learner, "ketamine-depression");
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var longAgo = DateTime.UtcNow.AddYears(-7);
            await db.Completions.Where(c => c.Id == old.CompletionId).ExecuteUpdateAsync(set => set.SetProperty(c => c.CompletedAtUtc, longAgo));
            return await db.QuizAttempts.Where(a => db.Completions.Any(c => c.Id == old.CompletionId && c.AttemptId == a.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.StartedAtUtc, longAgo));
        });

        var refused = await RunAsync("5", confirm: false);
        var dryRun = await RunAsync("6", confirm: false);
        var stillThere = await ExistsAsync(old.CompletionId);
        var purged = await RunAsync("6", confirm: true);

        Assert.Equal(1, refused);
        Assert.Equal(0, dryRun);
        Assert.True(stillThere);
        Assert.Equal(0, purged);
        Assert.False(await ExistsAsync(old.CompletionId));
        Assert.True(await ExistsAsync(recent.CompletionId));
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Certificates.AnyAsync(c => c.Id == recent.Id)));
        learner.Dispose();
    }

    private Task<int> RunAsync(string years, bool confirm) => app.InScopeAsync(sp => RecordsCommands.PurgeAsync(sp,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["older-than-years"] = years, ["confirm"] = confirm ? "true" : null }).Build()));

    private Task<bool> ExistsAsync(int completionId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.AnyAsync(c => c.Id == completionId));
}

[Collection(Collections.Sqlite)]
public sealed class RecordsTestsOnSqlite(SqliteAppFixture app) : RecordsTests(app);

[Collection(Collections.PostgreSql)]
public sealed class RecordsTestsOnPostgreSql(PostgreSqlAppFixture app) : RecordsTests(app);
