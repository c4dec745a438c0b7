using System.Net;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assessments;

public abstract class AttemptTests(AppFixture app)
{
    private const string Module = "ketamine-pharmacology";

    [Fact]
    public async Task The_page_of_a_running_attempt_holds_no_answer_key_rationale_or_score()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);

        using var response = await client.GetAsync($"/attempts/{attemptId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bank = await BankAsync(attemptId);
        Assert.Equal(10, (await AppClient.ParseAsync(response)).QuerySelectorAll("fieldset.question").Length);
        Assert.All(bank, q => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(q.Rationale)[..40], html, StringComparison.Ordinal));
        var page = await AppClient.ParseAsync(response);
        var attributes = page.All.SelectMany(e => e.Attributes).Select(a => $"{a.Name}={a.Value}").ToList();
        Assert.DoesNotContain(attributes, a => a.Contains("correct", StringComparison.OrdinalIgnoreCase) || a.Contains("rationale", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Your score", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct answer", html, StringComparison.OrdinalIgnoreCase);
        client.Dispose();
    }

    [Fact]
    public async Task Twenty_simultaneous_submissions_of_one_attempt_score_it_once()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var token = await client.AntiforgeryTokenAsync($"/attempts/{attemptId}");
        var right = await QuizSteps.AnswersAsync(app, attemptId, correct: true);
        var wrong = await QuizSteps.AnswersAsync(app, attemptId, correct: false);

        // Half the racers send right answers, half wrong: a second scoring would show as a changed score.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.PostAsync($"/attempts/{attemptId}/submit", [new("__RequestVerificationToken", token), .. i % 2 == 0 ? right : wrong])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var attempts = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking()
            .Where(a => a.UserId == attemptIdOwner(sp, attemptId)).ToListAsync());
        var attempt = Assert.Single(attempts);
        Assert.Equal(AttemptStatus.Submitted, attempt.Status);
        var rescored = QuizScorer.Score(await DrawnAsync(attemptId), attempt.Answers, 80);
        Assert.Equal(attempt.ScorePercent, rescored.Percent);
        Assert.Contains(attempt.ScorePercent, new decimal?[] { 0m, 100m });
        foreach (var response in responses)
        {
            response.Dispose();
        }

        client.Dispose();
    }

    [Fact]
    public async Task Twenty_racing_finishes_of_one_attempt_let_exactly_one_score_it()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var userId = await app.InScopeAsync(sp => Task.FromResult(attemptIdOwner(sp, attemptId)));

        var winners = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => app.InScopeAsync(async sp =>
        {
            var owned = await OwnedAttempt.LoadAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<ModuleVersionCache>(), userId, attemptId, default);
            return await sp.GetRequiredService<AttemptCloser>().FinishAsync(owned!, AttemptAnswers.Empty, LateOutcome.Accept, default);
        })));

        Assert.Equal(1, winners.Count(won => won));
        client.Dispose();
    }

    [Fact]
    public async Task Another_learners_attempt_is_not_found_whatever_is_asked_of_it()
    {
        var (owner, _) = await AccountSteps.SignedInAsync(app);
        var (intruder, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(owner, Module);
        var token = await intruder.AntiforgeryTokenAsync("/profile");

        using var take = await intruder.GetAsync($"/attempts/{attemptId}");
        using var result = await intruder.GetAsync($"/attempts/{attemptId}/result");
        using var complete = await intruder.GetAsync($"/attempts/{attemptId}/complete");
        using var save = await intruder.PostAsync($"/attempts/{attemptId}/save", [new("__RequestVerificationToken", token)]);
        using var submit = await intruder.PostAsync($"/attempts/{attemptId}/submit", [new("__RequestVerificationToken", token)]);

        Assert.All(new[] { take, result, complete, save, submit }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var status = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.Status).SingleAsync());
        Assert.Equal(AttemptStatus.InProgress, status);
        owner.Dispose();
        intruder.Dispose();
    }

    [Fact]
    public async Task Saved_answers_survive_a_reload_and_tampered_choices_are_dropped()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var answers = await QuizSteps.AnswersAsync(app, attemptId, correct: true);
        var first = answers[0];

        using var saved = await QuizSteps.SubmitAsync(client, attemptId,
            [first, new(first.Key, "not-an-option"), new(PostedAnswers.Prefix + "not-a-question", "a")], "save");
        var page = await client.GetPageAsync($"/attempts/{attemptId}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotNull(page.QuerySelector($"input[name='{first.Key}'][value='{first.Value}'][checked]"));
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.AnswersJson).SingleAsync());
        Assert.DoesNotContain("not-an-option", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-question", stored, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task A_failed_attempt_lists_the_sections_to_reread_then_a_pass_attestation_and_evaluation_complete_the_module()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var first = await QuizSteps.StartAsync(client, Module);
        using var failed = await QuizSteps.SubmitAsync(client, first, await QuizSteps.AnswersAsync(app, first, correct: false));
        var failPage = await client.GetPageAsync($"/attempts/{first}/result");
        var drawnSections = (await DrawnAsync(first)).Select(q => q.Section).Distinct().ToList();
        var remediation = failPage.QuerySelectorAll("ul.remediation a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();
        Assert.Contains("not passed", failPage.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(drawnSections.Order(), remediation.Order());
        Assert.Equal(10, failPage.QuerySelectorAll("article.question--wrong").Length);

        var second = await QuizSteps.StartAsync(client, Module);
        using var passed = await QuizSteps.SubmitAsync(client, second, await QuizSteps.AnswersAsync(app, second, correct: true));
        var passPage = await client.GetPageAsync($"/attempts/{second}/result");
        Assert.Contains("100%", passPage.QuerySelector(".result__score")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(passPage.QuerySelectorAll("ul.remediation"));

        using var completed = await client.SubmitAsync($"/attempts/{second}/complete", QuizSteps.Evaluation("0.75"));
        Assert.Equal($"/modules/{Module}", completed.Headers.Location?.OriginalString);
        var modulePage = await client.GetPageAsync($"/modules/{Module}");
        Assert.Contains("Completed", modulePage.QuerySelector("#assessment")?.Closest("section")?.TextContent, StringComparison.Ordinal);
        var completion = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.AsNoTracking().Include(c => c.Evaluation).SingleAsync(c => c.AttemptId == second));
        Assert.Equal(100m, completion.ScorePercent);
        Assert.Equal(0.75m, completion.CreditClaimed);
        Assert.Equal(5, completion.Evaluation!.ObjectivesMet);
        Assert.Equal("Yes", completion.Evaluation.IntendsPracticeChange);
        var dashboard = await client.GetPageAsync("/learning");
        Assert.Contains("Completed", dashboard.QuerySelector($"table a[href='/modules/{Module}']")?.Closest("tr")?.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task The_form_names_options_only_by_ids_of_this_attempt_so_posting_the_old_bank_letters_scores_nothing()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var page = await client.GetPageAsync($"/attempts/{attemptId}");
        var bank = await BankAsync(attemptId);
        var bankKeys = bank.SelectMany(q => q.Options.Select(o => o.Key)).ToHashSet();
        var inputs = page.QuerySelectorAll("fieldset.question input").ToList();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.DoesNotContain(i.GetAttribute("value")!, bankKeys));
        Assert.All(inputs, i => Assert.Matches(@"^q\.\d+$", i.GetAttribute("name")!));
        Assert.All(inputs, i => Assert.Matches(@"^q-\d+-\d+$", i.Id!));
        Assert.DoesNotContain(page.All, e => bank.Any(q => e.Attributes.Any(a => a.Value.Contains(q.Id, StringComparison.Ordinal))));

        // The attack that used to pass: b for single answers, a+b+c for multiple, False for true/false.
        var letters = (await DrawnAsync(attemptId)).SelectMany((q, i) => (q.Type switch
        {
            QuestionType.Multiple => new[] { "a", "b", "c" },
            QuestionType.TrueFalse => ["false"],
            _ => ["b"],
        }).Select(v => new KeyValuePair<string, string>(PostedAnswers.Prefix + (i + 1), v))).ToList();
        using var submitted = await QuizSteps.SubmitAsync(client, attemptId, letters);
        var attempt = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(0m, attempt.ScorePercent);
        Assert.Equal(0, attempt.Answers.AnsweredCount);
        client.Dispose();
    }

    [Fact]
    public async Task Ids_from_another_attempt_several_ids_for_one_answer_and_every_box_ticked_are_scored_by_the_rules_without_an_error()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var (other, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var otherAttempt = await QuizSteps.StartAsync(other, Module);
        var draw = await DrawAsync(attemptId);
        var otherDraw = await DrawAsync(otherAttempt);
        var questions = await DrawnAsync(attemptId);
        var single = questions.Select((q, i) => (q, i)).First(x => x.q.Type == QuestionType.Single).i;
        var foreign = questions.Select((q, i) => (q, i)).First(x => x.i != single).i;

        List<KeyValuePair<string, string>> posted =
        [
            // Every option of the single-answer question: not an answer at all.
            .. draw[single].OptionIds!.Select(id => new KeyValuePair<string, string>(PostedAnswers.Prefix + (single + 1), id)),
            // The other learner's ids and ids of a different question of this attempt: dropped.
            .. otherDraw.SelectMany(d => d.OptionIds!).Concat(draw[single].OptionIds!)
                .Select(id => new KeyValuePair<string, string>(PostedAnswers.Prefix + (foreign + 1), id)),
        ];
        using var saved = await QuizSteps.SubmitAsync(client, attemptId, posted, "save");
        var stored = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, stored.Answers.AnsweredCount);
        if (questions.Select((q, i) => (q, i)).FirstOrDefault(x => x.q.Type == QuestionType.Multiple) is { q: { } multiple } tick)
        {
            using var all = await QuizSteps.SubmitAsync(client, attemptId,
                draw[tick.i].OptionIds!.Select(id => new KeyValuePair<string, string>(PostedAnswers.Prefix + (tick.i + 1), id)));
            var scored = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
            var expected = QuizScorer.ScoreQuestion(multiple, multiple.Options.Select(o => o.Key).ToList()).Credit;
            Assert.Equal(Math.Round(100m * expected / questions.Count, 2, MidpointRounding.ToZero), scored.ScorePercent);
            Assert.True(expected < 1m);
        }

        client.Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task A_failed_attempt_shows_which_questions_were_wrong_without_keys_until_a_pass_or_the_last_attempt()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var first = await QuizSteps.StartAsync(client, Module);
        using var failed = await QuizSteps.SubmitAsync(client, first, await QuizSteps.AnswersAsync(app, first, correct: false));
        var bank = await BankAsync(first);

        using var failResponse = await client.GetAsync($"/attempts/{first}/result");
        var failHtml = await failResponse.Content.ReadAsStringAsync();
        var failPage = await AppClient.ParseAsync(failResponse);
        Assert.Equal(10, failPage.QuerySelectorAll("article.question--wrong").Length);
        Assert.Empty(failPage.QuerySelectorAll(".review-options"));
        Assert.DoesNotContain("correct answer", failHtml, StringComparison.OrdinalIgnoreCase);
        Assert.All(bank, q => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(q.Rationale)[..40], failHtml, StringComparison.Ordinal));
        Assert.All(bank.SelectMany(q => q.Options), o => Assert.DoesNotContain($">{System.Net.WebUtility.HtmlEncode(o.Text)}<", failHtml, StringComparison.Ordinal));
        Assert.NotEmpty(failPage.QuerySelectorAll("ul.remediation a"));

        var second = await QuizSteps.StartAsync(client, Module);
        using var passed = await QuizSteps.SubmitAsync(client, second, await QuizSteps.AnswersAsync(app, second, correct: true));
        var passPage = await client.GetPageAsync($"/attempts/{second}/result");
        var firstAgain = await client.GetPageAsync($"/attempts/{first}/result");

        Assert.Equal(10, passPage.QuerySelectorAll(".review-options:has(.review-options__correct)").Length);
        Assert.Contains("Why:", passPage.QuerySelector("#review")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, firstAgain.QuerySelectorAll(".review-options").Length);
        client.Dispose();
    }

    [Fact]
    public async Task The_last_failed_attempt_shows_the_full_review()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var results = new List<AngleSharp.Dom.IDocument>();
        for (var i = 0; i < 3; i++)
        {
            var attemptId = await QuizSteps.StartAsync(client, Module);
            using var _ = await QuizSteps.SubmitAsync(client, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: false));
            results.Add(await client.GetPageAsync($"/attempts/{attemptId}/result"));
        }

        Assert.Empty(results[1].QuerySelectorAll(".review-options"));
        Assert.Equal(10, results[2].QuerySelectorAll(".review-options:has(.review-options__correct)").Length);
        client.Dispose();
    }

    [Fact]
    public async Task Claiming_more_credit_than_offered_or_skipping_the_evaluation_is_refused_next_to_the_fields()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        using var _ = await QuizSteps.SubmitAsync(client, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: true));

        using var tooMuch = await client.SubmitAsync($"/attempts/{attemptId}/complete", QuizSteps.Evaluation("3"));
        var evaluation = QuizSteps.Evaluation();
        evaluation.Remove("ObjectivesMet");
        evaluation["Attested"] = "false";
        using var incomplete = await client.SubmitAsync($"/attempts/{attemptId}/complete", evaluation);

        Assert.Contains("at most 1 hours", (await AppClient.ParseAsync(tooMuch)).QuerySelector("#CreditClaimed-error")?.TextContent, StringComparison.Ordinal);
        var page = await AppClient.ParseAsync(incomplete);
        Assert.Contains("Choose an answer", page.QuerySelector("#ObjectivesMet-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tick the attestation", page.QuerySelector("#Attested-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Completions.AnyAsync(c => c.AttemptId == attemptId)));
        client.Dispose();
    }

    [Fact]
    public async Task A_submission_after_the_deadline_scores_only_the_answers_saved_in_time()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        var attemptId = await QuizSteps.StartAsync(client, Module);
        var right = await QuizSteps.AnswersAsync(app, attemptId, correct: true);
        using var saved = await QuizSteps.SubmitAsync(client, attemptId, right.Where(a => a.Key == right[0].Key), "save");
        var token = await client.AntiforgeryTokenAsync($"/attempts/{attemptId}");
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DeadlineUtc, DateTime.UtcNow.AddMinutes(-1))));

        using var late = await client.PostAsync($"/attempts/{attemptId}/submit", [new("__RequestVerificationToken", token), .. right]);
        var result = await client.GetPageAsync($"/attempts/{attemptId}/result");

        Assert.Contains("Time ran out", result.QuerySelector(".result")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("10%", result.QuerySelector(".result__score")?.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_a_new_one_is_refused_with_the_reason()
    {
        var (client, _) = await AccountSteps.SignedInAsync(app);
        for (var i = 0; i < 3; i++)
        {
            var attemptId = await QuizSteps.StartAsync(client, Module);
            using var _ = await QuizSteps.SubmitAsync(client, attemptId, await QuizSteps.AnswersAsync(app, attemptId, correct: false));
        }

        var modulePage = await client.GetPageAsync($"/modules/{Module}");
        using var refused = await client.SubmitAsync($"/modules/{Module}", new Dictionary<string, string>(), "form[action$='/attempts']");
        var after = await client.GetPageAsync($"/modules/{Module}");

        Assert.Contains("Attempts used: 3 of 3", modulePage.QuerySelector("#assessment")?.Closest("section")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/modules/{Module}", refused.Headers.Location?.OriginalString);
        Assert.Contains("used all 3 attempts", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    private async Task<IReadOnlyList<CE.Platform.Web.Features.Content.Definitions.QuestionDefinition>> BankAsync(int attemptId) =>
        await app.InScopeAsync(async sp =>
        {
            var versionId = await sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.ModuleVersionId).SingleAsync();
            return (await sp.GetRequiredService<ModuleVersionCache>().GetAsync(versionId)).Snapshot.Module.Questions;
        });

    private async Task<IReadOnlyList<CE.Platform.Web.Features.Content.Definitions.QuestionDefinition>> DrawnAsync(int attemptId)
    {
        var bank = await BankAsync(attemptId);
        var draw = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
        return draw.Draw.Select(d => bank.Single(q => q.Id == d.QuestionId)).ToList();
    }

    private async Task<IReadOnlyList<DrawnQuestion>> DrawAsync(int attemptId) =>
        (await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId))).Draw;

    private static string attemptIdOwner(IServiceProvider sp, int attemptId) =>
        sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.UserId).Single();
}

[Collection(Collections.Sqlite)]
public sealed class AttemptTestsOnSqlite(SqliteAppFixture app) : AttemptTests(app);

[Collection(Collections.PostgreSql)]
public sealed class AttemptTestsOnPostgreSql(PostgreSqlAppFixture app) : AttemptTests(app);
