using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

public enum AnswerOutcome
{
    NotFound,
    Saved,

    /// <summary>The attempt is finished (now or before): show its result.</summary>
    Finished,
}

/// <summary>Showing a running attempt, saving its answers as the learner goes, and submitting it.</summary>
public sealed class AttemptAnswering(AppDbContext db, ModuleVersionCache versions, AttemptCloser closer, TimeProvider clock)
{
    public async Task<(TakeAttemptView? View, bool Finished)> ViewAsync(string userId, int attemptId, CancellationToken cancellationToken = default)
    {
        if (await OwnedAttempt.LoadAsync(db, versions, userId, attemptId, cancellationToken) is not { } owned)
        {
            return (null, false);
        }

        if (owned.Attempt.Status != AttemptStatus.InProgress || await CloseIfLateAsync(owned, cancellationToken))
        {
            return (null, true);
        }

        var answers = owned.Attempt.Answers;
        var questions = owned.Attempt.Draw.Select((drawn, i) =>
        {
            var question = owned.Module.Questions.Single(q => q.Id == drawn.QuestionId);
            var chosen = answers.For(question.Id);
            var options = drawn.OptionOrder.Select((key, j) => new OptionView(drawn.FormValue(j), OptionLabel.For(question, j),
                question.Options.Single(o => o.Key == key).Text, chosen.Contains(key))).ToList();
            return new QuestionView(i + 1, question.Type, owned.Version.Rendered.StemHtml(question.Id, question.Stem), options);
        }).ToList();
        var rules = owned.Module.Quiz;
        return (new TakeAttemptView(attemptId, owned.ModuleSlug, owned.Module.Title, owned.Attempt.Number, owned.Attempt.DeadlineUtc,
            AttemptRules.ClosesAt(rules, owned.Attempt.DeadlineUtc), rules.PassingScore, questions, clock.GetUtcNow().UtcDateTime, rules.LatePolicy), false);
    }

    /// <summary>Keeps the answers so far; refused once time is up (the attempt is then closed as its rules say).</summary>
    public async Task<AnswerOutcome> SaveAsync(string userId, int attemptId, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> posted, CancellationToken cancellationToken = default)
    {
        if (await OwnedAttempt.LoadAsync(db, versions, userId, attemptId, cancellationToken) is not { } owned)
        {
            return AnswerOutcome.NotFound;
        }

        if (owned.Attempt.Status != AttemptStatus.InProgress || await CloseIfLateAsync(owned, cancellationToken))
        {
            return AnswerOutcome.Finished;
        }

        var json = Parse(owned, posted).ToJson();
        var now = clock.GetUtcNow().UtcDateTime;
        var times = AnswerTimesAt(owned, AttemptAnswers.FromJson(json), now);
        var saved = await db.QuizAttempts.Where(a => a.Id == attemptId && a.Status == AttemptStatus.InProgress)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.AnswersJson, json).SetProperty(a => a.AnswersSavedAtUtc, now)
                .SetProperty(a => a.AnswerTimesJson, times), cancellationToken);
        return saved == 1 ? AnswerOutcome.Saved : AnswerOutcome.Finished;
    }

    /// <summary>Scores the attempt once, however many times the form arrives.</summary>
    public async Task<AnswerOutcome> SubmitAsync(string userId, int attemptId, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> posted, CancellationToken cancellationToken = default)
    {
        if (await OwnedAttempt.LoadAsync(db, versions, userId, attemptId, cancellationToken) is not { } owned)
        {
            return AnswerOutcome.NotFound;
        }

        if (owned.Attempt.Status == AttemptStatus.InProgress)
        {
            var outcome = AttemptRules.OnAction(owned.Module.Quiz, owned.Attempt.DeadlineUtc, clock.GetUtcNow().UtcDateTime);
            var answers = outcome == LateOutcome.Accept ? Parse(owned, posted) : owned.Attempt.Answers;
            var times = outcome == LateOutcome.Accept ? AnswerTimesAt(owned, answers, clock.GetUtcNow().UtcDateTime) : null;
            await closer.FinishAsync(owned, answers, outcome, cancellationToken, times);
        }

        return AnswerOutcome.Finished;
    }

    private async Task<bool> CloseIfLateAsync(OwnedAttempt owned, CancellationToken cancellationToken)
    {
        var outcome = AttemptRules.OnAction(owned.Module.Quiz, owned.Attempt.DeadlineUtc, clock.GetUtcNow().UtcDateTime);
        if (outcome == LateOutcome.Accept)
        {
            return false;
        }

        await closer.FinishAsync(owned, owned.Attempt.Answers, outcome, cancellationToken);
        return true;
    }

    // Item analysis reads these to estimate the time spent on each item (docs/item-analysis.md).
    private static string AnswerTimesAt(OwnedAttempt owned, AttemptAnswers answers, DateTime nowUtc) =>
        AnswerTimes.Record(owned.Attempt.AnswerTimesJson, answers, owned.Attempt.Draw.Select(d => d.QuestionId), owned.Attempt.StartedAtUtc, nowUtc);

    private static AttemptAnswers Parse(OwnedAttempt owned, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> posted) =>
        AttemptAnswers.FromForm(posted, owned.Attempt.Draw, id => owned.Module.Questions.Single(q => q.Id == id).Type == QuestionType.Multiple);
}
