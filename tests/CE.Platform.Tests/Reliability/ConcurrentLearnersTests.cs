using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Reliability;

/// <summary>Many learners, each with their own attempt, submit and complete at the same moment.</summary>
public abstract class ConcurrentLearnersTests(AppFixture app)
{
    private const string Module = "ketamine-safety";
    private const int Learners = 40;

    [Fact]
    public async Task Forty_learners_submitting_and_completing_at_once_lose_nothing_and_duplicate_nothing()
    {
        var learners = await Task.WhenAll(Enumerable.Range(0, Learners).Select(_ => ReadyLearner.PrepareAsync(app, Module)));

        var refusals = await Task.WhenAll(learners.Select(l => Task.Run(l.SubmitAndCompleteAsync)));

        Assert.All(refusals, r => Assert.Null(r));
        var attemptIds = learners.Select(l => l.AttemptId).ToList();
        var completions = await app.InScopeAsync(sp => CompletionIntegrity.AssertConsistentAsync(sp.GetRequiredService<AppDbContext>(), attemptIds));
        Assert.Equal(attemptIds.Order(), completions.Select(c => c.AttemptId).Order());
        var attempts = await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking()
            .Where(a => attemptIds.Contains(a.Id)).ToListAsync());
        Assert.All(attempts, a => Assert.True(a.Status == AttemptStatus.Submitted && a.ScorePercent == 100m, $"Attempt {a.Id}: {a.Status}, {a.ScorePercent}%"));
        foreach (var learner in learners)
        {
            learner.Dispose();
        }
    }
}

[Collection(Collections.Sqlite)]
public sealed class ConcurrentLearnersTestsOnSqlite(SqliteAppFixture app) : ConcurrentLearnersTests(app);

[Collection(Collections.PostgreSql)]
public sealed class ConcurrentLearnersTestsOnPostgreSql(PostgreSqlAppFixture app) : ConcurrentLearnersTests(app);
