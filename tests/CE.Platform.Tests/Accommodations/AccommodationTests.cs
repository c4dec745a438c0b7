using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Accommodations;

public abstract class AccommodationTests(AppFixture app)
{
    private const string Module = "ketamine-pharmacology"; // 30-minute limit, 3 attempts

    [Fact]
    public async Task Half_as_much_time_again_is_shown_to_the_learner_applied_to_the_deadline_audited_and_exported()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        var learnerId = await UserIdAsync(email);

        using var granted = await GrantAsync(coordinator, organisationId, learnerId, Module, multiplier: "1.5", reason: "Documented learning disability (letter 2026-31)");
        var modulePage = await learner.GetPageAsync($"/modules/{Module}");
        var attemptId = await QuizSteps.StartAsync(learner, Module);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("15 extra minutes (45 minutes in all)", modulePage.QuerySelector(".accommodation")?.TextContent, StringComparison.Ordinal);
        var (started, deadline) = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId)
            .Select(a => new ValueTuple<DateTime, DateTime?>(a.StartedAtUtc, a.DeadlineUtc)).SingleAsync());
        Assert.Equal(TimeSpan.FromMinutes(45), deadline - started);
        Assert.True(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == "accommodation.granted" && e.Subject.StartsWith(email))));
        using var csv = await coordinator.GetAsync($"/coordinator/{organisationId}/matrix.csv");
        Assert.Contains($"{Module}: +0 min ×1.5 +0 attempts", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        coordinator.Dispose();
        learner.Dispose();
    }

    [Fact]
    public async Task An_extra_attempt_lets_the_learner_start_a_fourth_attempt()
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        using var granted = await GrantAsync(coordinator, organisationId, await UserIdAsync(email), Module, attempts: "1");

        for (var i = 0; i < 3; i++)
        {
            var attemptId = await QuizSteps.StartAsync(learner, Module);
            using var _ = await QuizSteps.SubmitAsync(learner, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: false));
        }

        var fourth = await QuizSteps.StartAsync(learner, Module);
        Assert.True(fourth > 0);
        coordinator.Dispose();
        learner.Dispose();
    }

    [Theory]
    [InlineData("-10", "1", "0", "member", "cannot be negative")]
    [InlineData("10", "1", "0", "stranger", "not a member of this organisation")]
    [InlineData("10", "1", "0", "no-such-module", "no such module")]
    [InlineData("0", "1", "0", "member", "Grant extra minutes, a time multiplier or extra attempts")]
    public async Task A_bad_grant_gets_a_clear_message_and_stores_nothing(string minutes, string multiplier, string attempts, string who, string message)
    {
        var (coordinator, organisationId) = await OrganisationSteps.CoordinatorAsync(app);
        var (_, member) = await AccountSteps.SignedInAsync(app);
        var (_, stranger) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, member);
        var learnerId = await UserIdAsync(who == "stranger" ? stranger : member);

        using var response = await GrantAsync(coordinator, organisationId, learnerId, who == "no-such-module" ? "no-such-module" : Module, minutes, multiplier, attempts);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await AppClient.ParseAsync(response)).QuerySelector("main")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Accommodations.AnyAsync(a => a.OrganisationId == organisationId)));
        coordinator.Dispose();
    }

    [Fact]
    public async Task A_learner_cannot_grant_an_accommodation()
    {
        var organisationId = await OrganisationSteps.CreateAsync(app);
        var (learner, email) = await AccountSteps.SignedInAsync(app);
        await OrganisationSteps.AddAsync(app, organisationId, email);
        var token = await learner.AntiforgeryTokenAsync("/profile");

        using var response = await learner.PostAsync($"/coordinator/{organisationId}/accommodations",
            [new("__RequestVerificationToken", token), new("LearnerId", await UserIdAsync(email)), new("Module", Module), new("ExtraMinutes", "60"), new("Reason", "self-granted")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Accommodations.AnyAsync(a => a.OrganisationId == organisationId)));
        learner.Dispose();
    }

    private static Task<HttpResponseMessage> GrantAsync(AppClient coordinator, int organisationId, string learnerId, string module,
        string minutes = "0", string multiplier = "1", string attempts = "0", string reason = "Agreed adjustment") =>
        coordinator.SubmitAsync($"/coordinator/{organisationId}/accommodations", new Dictionary<string, string>
        {
            ["LearnerId"] = learnerId, ["Module"] = module, ["ExtraMinutes"] = minutes, ["TimeMultiplier"] = multiplier, ["ExtraAttempts"] = attempts, ["Reason"] = reason,
        });

    private Task<string> UserIdAsync(string email) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

[Collection(Collections.Sqlite)]
public sealed class AccommodationTestsOnSqlite(SqliteAppFixture app) : AccommodationTests(app);

[Collection(Collections.PostgreSql)]
public sealed class AccommodationTestsOnPostgreSql(PostgreSqlAppFixture app) : AccommodationTests(app);
