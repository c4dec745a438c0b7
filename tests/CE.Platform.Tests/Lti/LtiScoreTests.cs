using System.Net;
using System.Text.Json.Nodes;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Lti;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Lti;

/// <summary>
/// A learner launched from the test LMS takes the quiz inside the launch and completes; the score goes to the
/// platform's AGS line item (Node, jose: it checks the tool's client assertion and the score's shape), once.
/// </summary>
public abstract class LtiScoreTests(LtiAppFixture app, LtiPlatformFixture platform)
{
    [Fact]
    public async Task A_completion_inside_the_launch_is_an_lti_completion_whose_score_reaches_the_line_item_exactly_once()
    {
        var sub = Sub();
        var certificate = await CompletedInsideLaunchAsync(sub);

        await RunJobAsync();
        await RunJobAsync();

        var (channel, post) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var completion = await db.Completions.SingleAsync(c => c.Id == certificate.CompletionId);
            return (completion.Channel, await db.LtiScorePosts.SingleAsync(p => p.CompletionId == completion.Id));
        });
        Assert.Equal(CompletionChannel.Lti, channel);
        Assert.Equal((LtiScorePostStatus.Sent, 1, 200), (post.Status, post.Attempts, post.LastHttpStatus));
        var received = Assert.Single(await ScoresOfAsync(sub));
        Assert.Contains($"/lineitems/link-{sub}/lineitem?type_id=1", received!["lineitem"]!.GetValue<string>(), StringComparison.Ordinal);
        var score = received["score"]!;
        Assert.Equal(sub, score["userId"]!.GetValue<string>());
        Assert.Equal(100m, score["scoreGiven"]!.GetValue<decimal>());
        Assert.Equal(100, score["scoreMaximum"]!.GetValue<int>());
        Assert.Equal("Completed", score["activityProgress"]!.GetValue<string>());
        Assert.Equal("FullyGraded", score["gradingProgress"]!.GetValue<string>());
        Assert.EndsWith($"/verify/{certificate.VerificationToken}", score["comment"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(score["timestamp"]!.GetValue<string>(), out _));
        Assert.Contains(await platform.TokenRequestsAsync(), r => r!["granted"]!.GetValue<bool>() && r["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == LtiServicesClient.ScoreScope));
    }

    [Fact]
    public async Task A_line_item_answering_500_then_503_is_tried_again_later_and_the_score_arrives_once()
    {
        var sub = Sub();
        await platform.FailScoresAsync(sub, 500, 503); // before the completion: the minutely job may run at any moment
        var certificate = await CompletedInsideLaunchAsync(sub);

        await RunJobAsync();
        var first = await PostAsync(certificate.CompletionId);
        await MakeDueAsync(first.Id);
        await RunJobAsync();
        var second = await PostAsync(certificate.CompletionId);
        await MakeDueAsync(first.Id);
        await RunJobAsync();
        var last = await PostAsync(certificate.CompletionId);

        Assert.Equal((LtiScorePostStatus.Pending, 1, 500), (first.Status, first.Attempts, first.LastHttpStatus));
        Assert.True(first.NextAttemptAtUtc > DateTime.UtcNow, "A failed post waits before its next try.");
        Assert.Equal((LtiScorePostStatus.Pending, 2, 503), (second.Status, second.Attempts, second.LastHttpStatus));
        Assert.Equal((LtiScorePostStatus.Sent, 3), (last.Status, last.Attempts));
        Assert.Single(await ScoresOfAsync(sub));
    }

    [Fact]
    public async Task A_line_item_that_keeps_refusing_ends_failed_on_the_admins_page_which_can_send_it_again()
    {
        var sub = Sub();
        await platform.FailScoresAsync(sub, [.. Enumerable.Repeat(400, LtiScoreRetries.MaxAttempts)]);
        var certificate = await CompletedInsideLaunchAsync(sub);
        for (var i = 0; i < LtiScoreRetries.MaxAttempts; i++)
        {
            await RunJobAsync();
            await MakeDueAsync((await PostAsync(certificate.CompletionId)).Id);
        }

        var failed = await PostAsync(certificate.CompletionId);
        var (admin, _) = await AccountSteps.SignedInAsync(app, Roles.Admin);
        var page = await admin.GetPageAsync("/admin/lti/scores");
        var row = page.QuerySelectorAll("#scores tbody tr").Single(r => r.TextContent.Contains("Robin Lms", StringComparison.Ordinal) && r.TextContent.Contains("failed", StringComparison.Ordinal) && r.QuerySelector($"form[action='/admin/lti/scores/{failed.Id}/retry']") is not null);
        using var retried = await admin.SubmitAsync("/admin/lti/scores", new Dictionary<string, string>(), $"form[action='/admin/lti/scores/{failed.Id}/retry']");
        await RunJobAsync();

        Assert.Equal((LtiScorePostStatus.Failed, LtiScoreRetries.MaxAttempts, 400), (failed.Status, failed.Attempts, failed.LastHttpStatus));
        Assert.Contains("400", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditSteps.EntriesAboutAsync(app, $"completion {certificate.CompletionId}"), e => e.StartsWith("lti.score-failed", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(LtiScorePostStatus.Sent, (await PostAsync(certificate.CompletionId)).Status);
        Assert.Single(await ScoresOfAsync(sub));
        admin.Dispose();
    }

    private static string Sub() => $"{Random.Shared.Next(100000, 999999)}";

    private async Task<Web.Features.Certificates.Certificate> CompletedInsideLaunchAsync(string sub)
    {
        var tool = await LtiSteps.RegisteredAsync(app, platform);
        using var browser = LtiSteps.NewBrowser(app);
        using var launched = await LtiSteps.LaunchAsync(browser, platform, LtiSteps.Launch(tool, sub));
        Assert.Equal($"/modules/{LtiSteps.Module}", launched.Headers.Location?.OriginalString);
        return await CompletionSteps.CompleteAsync(app, browser, LtiSteps.Module);
    }

    private Task<int> RunJobAsync() => app.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<LtiScoreJob>().RunAsync(CancellationToken.None);
        return 0;
    });

    private Task<LtiScorePost> PostAsync(int completionId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LtiScorePosts.AsNoTracking().SingleAsync(p => p.CompletionId == completionId));

    // Time passing: the post's next try is now.
    private Task<int> MakeDueAsync(int postId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().LtiScorePosts.Where(p => p.Id == postId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.NextAttemptAtUtc, DateTime.UtcNow.AddSeconds(-1))));

    private async Task<List<JsonNode?>> ScoresOfAsync(string sub) =>
        [.. (await platform.ScoresAsync()).Where(s => s!["score"]!["userId"]!.GetValue<string>() == sub)];
}

[Collection(LtiCollections.Sqlite)]
public sealed class SqliteLtiScoreTests(SqliteLtiAppFixture app, LtiPlatformFixture platform) : LtiScoreTests(app, platform);

[Collection(LtiCollections.PostgreSql)]
public sealed class PostgreSqlLtiScoreTests(PostgreSqlLtiAppFixture app, LtiPlatformFixture platform) : LtiScoreTests(app, platform);
