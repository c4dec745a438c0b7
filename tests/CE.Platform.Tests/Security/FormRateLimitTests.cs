using System.Net;
using CE.Platform.Testing;

namespace CE.Platform.Tests.Security;

/// <summary>An app on its own SQLite database with one limit lowered, so exhausting it disturbs no other test.</summary>
public abstract class LimitedApp(string setting) : AppFixture(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?> { [setting] = "3" };
}

public sealed class QuizPostsLimitedApp() : LimitedApp("RateLimits:QuizPostsPerMinute");

public sealed class AccountFormsLimitedApp() : LimitedApp("RateLimits:AccountFormsPerMinute");

public sealed class QuizPostRateLimitTests(QuizPostsLimitedApp app) : IClassFixture<QuizPostsLimitedApp>
{
    [Fact]
    public async Task Quiz_saves_and_submissions_past_the_limit_per_person_are_refused_with_429()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        var attempt = await QuizSteps.StartAsync(learner, "ketamine-safety");
        var answers = await QuizSteps.AnswersAsync(app, attempt, correct: false);

        var statuses = new List<HttpStatusCode>();
        foreach (var action in new[] { "save", "save", "save", "save", "submit" })
        {
            using var response = await QuizSteps.SubmitAsync(learner, attempt, answers, action);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        learner.Dispose();
    }

    [Fact]
    public async Task A_learner_behind_the_same_address_as_one_who_used_up_the_quiz_limit_still_gets_their_own()
    {
        var (first, _) = await AccountSteps.SignedInAsync(app);
        var firstAttempt = await QuizSteps.StartAsync(first, "ketamine-pharmacology");
        var firstAnswers = await QuizSteps.AnswersAsync(app, firstAttempt, correct: false);
        for (var i = 0; i < 4; i++)
        {
            using var _ = await QuizSteps.SubmitAsync(first, firstAttempt, firstAnswers, "save");
        }

        var (second, _) = await AccountSteps.SignedInAsync(app);
        var secondAttempt = await QuizSteps.StartAsync(second, "ketamine-pharmacology");
        using var saved = await QuizSteps.SubmitAsync(second, secondAttempt, await QuizSteps.AnswersAsync(app, secondAttempt, correct: false), "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); // the limit is per person: a ward's shared address is not one client
        first.Dispose();
        second.Dispose();
    }
}

public sealed class PasswordResetRateLimitTests(AccountFormsLimitedApp app) : IClassFixture<AccountFormsLimitedApp>
{
    [Fact]
    public async Task Password_reset_requests_past_the_limit_per_address_are_refused_with_429()
    {
        using var client = app.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var token = await client.AntiforgeryTokenAsync("/account/forgot-password");
            using var response = await client.PostAsync("/account/forgot-password", [new("__RequestVerificationToken", token), new("Email", $"someone{i}@example.org")]);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(3));
    }
}
