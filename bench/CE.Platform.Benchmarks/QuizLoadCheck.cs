using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Benchmarks;

/// <summary>What the database holds for the pool after the quiz load.</summary>
public sealed record QuizCheckResult(int Pool, int Submitted, int Saved, int WrongAnswers, int WrongScores, int CreatedByRun)
{
    /// <summary>Submissions the load saw accepted that the database does not hold.</summary>
    public int Lost(long acceptedSubmissions) => (int)Math.Max(0, acceptedSubmissions - Submitted);

    public bool Clean(long acceptedSubmissions, long sentSubmissions) =>
        Lost(acceptedSubmissions) == 0 && Submitted <= sentSubmissions && WrongAnswers == 0 && WrongScores == 0 && CreatedByRun == 0;
}

/// <summary>
/// After the quiz load: every attempt the load saved holds exactly the posted answers, every
/// submitted one is scored on them (recomputed here), and the run created no attempt of its own.
/// </summary>
public sealed class QuizLoadCheck(AppDbContext db, ModuleVersionCache versions)
{
    public async Task<QuizCheckResult> CheckAsync(IReadOnlyList<PoolEntry> pool, CancellationToken cancellationToken = default)
    {
        var expected = pool.ToDictionary(e => e.AttemptId);
        var (submitted, saved, wrongAnswers, wrongScores) = (0, 0, 0, 0);
        foreach (var chunk in pool.Select(e => e.AttemptId).Chunk(1_000))
        {
            var attempts = await db.QuizAttempts.AsNoTracking().Where(a => chunk.Contains(a.Id)).ToListAsync(cancellationToken);
            foreach (var attempt in attempts)
            {
                var finished = attempt.Status != AttemptStatus.InProgress;
                if (!finished && attempt.AnswersSavedAtUtc is null)
                {
                    continue;
                }

                var module = (await versions.GetAsync(attempt.ModuleVersionId, cancellationToken)).Snapshot.Module;
                var posted = AttemptAnswers.FromForm(Parse(expected[attempt.Id].Answers), attempt.Draw, id => module.Questions.Single(q => q.Id == id).Type == QuestionType.Multiple);
                var answersKept = attempt.Draw.All(d => posted.For(d.QuestionId).SequenceEqual(attempt.Answers.For(d.QuestionId)));
                saved += finished ? 0 : 1;
                submitted += finished ? 1 : 0;
                wrongAnswers += answersKept ? 0 : 1;
                if (finished)
                {
                    var questions = attempt.Draw.Select(d => module.Questions.Single(q => q.Id == d.QuestionId)).ToList();
                    wrongScores += QuizScorer.Score(questions, posted, module.Quiz.PassingScore).Percent == attempt.ScorePercent ? 0 : 1;
                }
            }
        }

        var users = await db.Users.Where(u => pool.Select(e => e.Email).Distinct().Contains(u.Email!)).Select(u => u.Id).ToListAsync(cancellationToken);
        var firstOfPool = pool.Min(e => e.AttemptId);
        var createdByRun = await db.QuizAttempts.CountAsync(a => users.Contains(a.UserId) && a.Id > firstOfPool && !expected.Keys.Contains(a.Id), cancellationToken);
        return new QuizCheckResult(pool.Count, submitted, saved, wrongAnswers, wrongScores, createdByRun);
    }

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Parse(string form) =>
        form.Split('&').Select(pair => pair.Split('=')).Select(kv => (Key: Uri.UnescapeDataString(kv[0]), Value: Uri.UnescapeDataString(kv[1])))
            .GroupBy(kv => kv.Key[PostedAnswers.Prefix.Length..], kv => kv.Value)
            .Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key, g.ToList()));
}
