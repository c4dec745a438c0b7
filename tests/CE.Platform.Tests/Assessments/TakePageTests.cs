using System.Globalization;
using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assessments;

/// <summary>
/// What the page of a running attempt gives its countdown script (quiz.js) and screen readers: the server's
/// clock, the deadline and what happens at the end, in data attributes; one "Select all that apply" per
/// multiple-response question, tied to its fieldset.
/// </summary>
public abstract class TakePageTests(AppFixture app)
{
    [Fact]
    public async Task A_timed_attempt_gives_its_countdown_the_servers_clock_the_deadline_and_what_happens_when_time_is_up()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, "ketamine-pharmacology");
        var deadline = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts
            .Where(a => a.Id == attemptId).Select(a => a.DeadlineUtc).SingleAsync());

        var before = DateTime.UtcNow.AddSeconds(-1);
        var page = await client.GetPageAsync($"/attempts/{attemptId}");
        var after = DateTime.UtcNow.AddSeconds(1);

        var timer = page.QuerySelector("[data-quiz-timer]")!;
        Assert.NotNull(deadline);
        Assert.Equal(deadline.Value, Instant(timer.GetAttribute("data-deadline")), TimeSpan.FromMilliseconds(1));
        // The shipped module closes at its deadline (auto-submit, no grace period).
        Assert.Equal(timer.GetAttribute("data-deadline"), timer.GetAttribute("data-closes"));
        Assert.InRange(Instant(timer.GetAttribute("data-server-now")), before, after);
        Assert.Contains("The server closes this attempt and scores the answers it has saved", timer.GetAttribute("data-time-up"), StringComparison.Ordinal);
        var shown = DateTime.Parse(page.QuerySelector(".notice time[data-local-time]")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(deadline.Value, shown, TimeSpan.FromMilliseconds(1));
        Assert.EndsWith("UTC", page.QuerySelector(".notice time[data-local-time]")!.TextContent, StringComparison.Ordinal);

        // Only the warnings speak up; the count itself is a timer, silent by default.
        Assert.Equal("assertive", timer.QuerySelector("[data-timer-warning]")!.GetAttribute("aria-live"));
        Assert.Null(timer.QuerySelector("[role=timer]")!.GetAttribute("aria-live"));
        Assert.Single(page.QuerySelectorAll("[aria-live=assertive]"));
        client.Dispose();
    }

    [Fact]
    public async Task Each_multiple_response_question_is_described_by_one_select_all_that_apply_hint()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, "ketamine-safety");
        // A draw of 10 may hold no multiple-response question: draw every one of the bank, and one single-answer question.
        var multipleInBank = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var attempt = await db.QuizAttempts.SingleAsync(a => a.Id == attemptId);
            var bank = (await sp.GetRequiredService<ModuleVersionCache>().GetAsync(attempt.ModuleVersionId)).Snapshot.Module.Questions;
            var drawn = bank.Where(q => q.Type == QuestionType.Multiple).Append(bank.First(q => q.Type == QuestionType.Single)).ToList();
            attempt.DrawJson = JsonSerializer.Serialize(OptionIds.Assign(drawn.Select(q => new DrawnQuestion(q.Id, q.Options.Select(o => o.Key).ToList())).ToList()));
            await db.SaveChangesAsync();
            return drawn.Count - 1;
        });

        var page = await client.GetPageAsync($"/attempts/{attemptId}");
        var questions = page.QuerySelectorAll("fieldset.question").ToList();
        var multiple = questions.Where(q => q.QuerySelector("input[type=checkbox]") is not null).ToList();

        Assert.True(multipleInBank > 0);
        Assert.Equal(multipleInBank, multiple.Count);
        Assert.All(multiple, question =>
        {
            var hint = page.GetElementById(question.GetAttribute("aria-describedby")!);
            Assert.NotNull(hint);
            Assert.Equal("Select all that apply.", hint.TextContent);
            Assert.True(question.Contains(hint));
            Assert.DoesNotContain("select all", question.QuerySelector(".question__stem")!.TextContent, StringComparison.OrdinalIgnoreCase);
        });
        Assert.All(questions.Except(multiple), question => Assert.False(question.HasAttribute("aria-describedby")));
        client.Dispose();
    }

    private static DateTime Instant(string? text) =>
        DateTime.ParseExact(text!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}

[Collection(Collections.Sqlite)]
public sealed class TakePageTestsOnSqlite(SqliteAppFixture app) : TakePageTests(app);

[Collection(Collections.PostgreSql)]
public sealed class TakePageTestsOnPostgreSql(PostgreSqlAppFixture app) : TakePageTests(app);
