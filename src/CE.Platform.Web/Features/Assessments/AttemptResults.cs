using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>A finished attempt: score, review as the module allows, and what to re-read after a fail.</summary>
public sealed class AttemptResults(AppDbContext db, ModuleVersionCache versions, AttemptStarter starter, Accommodations.AccommodationQuery accommodations, TimeProvider clock)
{
    public async Task<AttemptResultView?> GetAsync(string userId, int attemptId, CancellationToken cancellationToken = default)
    {
        if (await OwnedAttempt.LoadAsync(db, versions, userId, attemptId, cancellationToken) is not { Attempt.Status: not AttemptStatus.InProgress } owned)
        {
            return null;
        }

        var attempt = owned.Attempt;
        var module = owned.Module;
        var passed = attempt.Passed == true;
        var scores = QuizScorer.Score(owned.Questions, attempt.Answers, module.Quiz.PassingScore).Questions;
        var review = owned.Attempt.Draw.Select((drawn, i) =>
        {
            var question = module.Questions.Single(q => q.Id == drawn.QuestionId);
            var chosen = attempt.Answers.For(question.Id);
            var score = scores[i];
            var options = drawn.OptionOrder.Select((key, j) => new ReviewedOption(
                OptionLabel.For(question, j),
                question.Options.Single(o => o.Key == key).Text, chosen.Contains(key), question.Answer.Contains(key))).ToList();
            var section = module.Sections.Single(s => s.Anchor == question.Section);
            return new ReviewedQuestion(i + 1, owned.Version.Rendered.StemHtml(question.Id, question.Stem), question.Type, options, score.FullyCorrect, score.Credit, question.Rationale, section.Anchor, section.Title);
        }).ToList();
        var remediation = review.Where(r => !r.FullyCorrect)
            .GroupBy(r => (r.SectionAnchor, r.SectionTitle))
            .Select(g => new RemediationItem(g.Key.SectionAnchor, g.Key.SectionTitle, g.Count()))
            .OrderBy(r => module.Sections.ToList().FindIndex(s => s.Anchor == r.Anchor))
            .ToList();
        var completed = await db.Completions.AnyAsync(c => c.AttemptId == attemptId, cancellationToken);
        var extraAttempts = Accommodations.AccommodationRules.ExtraAttempts(await accommodations.ActiveAsync(userId, attempt.ModuleId, cancellationToken));
        var history = await starter.HistoryAsync(userId, attempt.ModuleId, cancellationToken);
        // An attempt from before the latest completion belongs to a cycle that ended in a pass.
        var passedCycle = passed || history.HasPassed || completed || attempt.StartedAtUtc <= history.CompletedAtUtc;
        var depth = ReviewPolicy.For(module.Quiz.Review, passedCycle, AttemptRules.AttemptsRemain(module.Quiz, history, extraAttempts));
        var retry = passed ? null : AttemptRules.RefusalToStart(module.Quiz, history, clock.GetUtcNow().UtcDateTime, extraAttempts);
        return new AttemptResultView(attemptId, owned.ModuleSlug, module.Title, attempt.Number, attempt.Status, attempt.ScorePercent, passed,
            module.Quiz.PassingScore, attempt.Note, depth, Shown(review, depth), passed ? [] : remediation, completed, retry);
    }

    /// <summary>Options and rationales leave the server only for a full review.</summary>
    private static List<ReviewedQuestion> Shown(List<ReviewedQuestion> review, ReviewDepth depth) => depth switch
    {
        ReviewDepth.Full => review,
        ReviewDepth.WhichWereWrong => review.Select(r => r with { Options = [], Rationale = null }).ToList(),
        _ => [],
    };
}
