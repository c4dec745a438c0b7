using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

public abstract class AnswerTimesRecordingTests(AppFixture app)
{
    [Fact]
    public async Task Saving_and_submitting_record_when_each_question_was_first_answered_and_keep_earlier_first_answers()
    {
        var (learner, _) = await AccountSteps.SignedInAsync(app);
        using var _ = learner;
        var attemptId = await QuizSteps.StartAsync(learner, "ketamine-safety");
        var answers = await QuizSteps.AnswersAsync(app, attemptId, correct: true);
        var questionIds = (await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId)))
            .Draw.Select(d => d.QuestionId).ToList();
        var first = questionIds[0];
        var firstFields = answers.Where(a => a.Key == PostedAnswers.Prefix + "1").ToList(); // the form names questions by number

        using var saved = await QuizSteps.SubmitAsync(learner, attemptId, firstFields, "save");
        var afterSave = await TimesAsync(attemptId);
        // Pretend the first answer came 7 minutes in: a later save or the submission must not move it.
        await app.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.AnswerTimesJson, $"{{\"{first}\":420}}")));
        using var submitted = await QuizSteps.SubmitAsync(learner, attemptId, answers);
        var afterSubmit = await TimesAsync(attemptId);

        Assert.Equal([first], afterSave.Keys);
        Assert.InRange(afterSave[first], 0, 60);
        Assert.Equal(420, afterSubmit[first]);
        Assert.Equal(questionIds.Order(), afterSubmit.Keys.Order());
        Assert.All(questionIds.Skip(1), id => Assert.InRange(afterSubmit[id], 0, 60));
    }

    private Task<IReadOnlyDictionary<string, int>> TimesAsync(int attemptId) => app.InScopeAsync(async sp =>
        AnswerTimes.FromJson(await sp.GetRequiredService<AppDbContext>().QuizAttempts.Where(a => a.Id == attemptId).Select(a => a.AnswerTimesJson).SingleAsync()));
}

[Collection(Collections.Sqlite)]
public sealed class AnswerTimesRecordingTestsOnSqlite(SqliteAppFixture app) : AnswerTimesRecordingTests(app);

[Collection(Collections.PostgreSql)]
public sealed class AnswerTimesRecordingTestsOnPostgreSql(PostgreSqlAppFixture app) : AnswerTimesRecordingTests(app);
