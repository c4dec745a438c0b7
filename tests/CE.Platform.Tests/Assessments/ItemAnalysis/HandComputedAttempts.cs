using System.Text.Json;
using CE.Platform.Testing;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CE.Platform.Tests.Assessments.ItemAnalysis;

/// <summary>
/// A data set small enough to analyse by hand, inserted straight into the database so every credit,
/// choice and time is known. Four single-answer items A, B, C, D of a freshly imported module (passing
/// score 80); every attempt draws three: A and B always, C in attempts 1–6, D in attempts 7–12.
/// 1 = the key chosen, 0 = the first distractor chosen, o = omitted (no choice, credit 0):
///
///   attempt  A B C D   score   passed
///    1       1 1 1 -   100     yes
///    2       1 1 0 -   66.66
///    3       1 0 1 -   66.66
///    4       0 1 0 -   33.33
///    5       0 0 1 -   33.33
///    6       0 0 o -   0
///    7       1 1 - 1   100     yes
///    8       1 1 - 0   66.66
///    9       1 0 - 1   66.66
///   10       0 1 - 1   66.66
///   11       1 1 - 1   100     yes
///   12       0 0 - 0   0
///
/// Each is its learner's first attempt. Learners 4 and 12 also have a second attempt with every drawn
/// item right (4: A B C, 12: A B D; 100, passed); learner 5 has a second attempt still in progress and
/// learner 6 an abandoned one, neither scored, so neither is counted anywhere.
/// Attempt i (1–12) first answered A at 10·i s, B at 10·i + 30 s and its third item at 10·i + 30 + 5·i s,
/// so the item times are A 10·i, B 30 and the third 5·i (an omitted item has no time).
/// </summary>
public sealed record HandComputedAttempts(string ModuleSlug, int ModuleId, string A, string B, string C, string D,
    IReadOnlyDictionary<string, (string Key, string Distractor, IReadOnlyList<string> Unchosen)> Options)
{
    private static readonly (int? A, int? B, int? C, int? D, decimal Score, bool Passed)[] FirstAttempts =
    [
        (1, 1, 1, null, 100m, true), (1, 1, 0, null, 66.66m, false), (1, 0, 1, null, 66.66m, false),
        (0, 1, 0, null, 33.33m, false), (0, 0, 1, null, 33.33m, false), (0, 0, -1, null, 0m, false),
        (1, 1, null, 1, 100m, true), (1, 1, null, 0, 66.66m, false), (1, 0, null, 1, 66.66m, false),
        (0, 1, null, 1, 66.66m, false), (1, 1, null, 1, 100m, true), (0, 0, null, 0, 0m, false),
    ];

    public static async Task<HandComputedAttempts> InsertAsync(AppFixture app, TestCourses courses)
    {
        await app.InScopeAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(courses.Root));
        return await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var module = await db.Modules.SingleAsync(m => m.Slug == courses.ModuleId);
            var versionId = module.CurrentVersionId!.Value;
            var bank = (await sp.GetRequiredService<ModuleVersionCache>().GetAsync(versionId)).Snapshot.Module.Questions;
            var items = bank.Where(q => q.Type == QuestionType.Single && q.Options.Count >= 4).Take(4).ToList();
            var options = items.ToDictionary(q => q.Id, q =>
            {
                var distractors = q.Options.Select(o => o.Key).Where(k => !q.Answer.Contains(k)).ToList();
                return (q.Answer[0], distractors[0], (IReadOnlyList<string>)distractors.Skip(1).ToList());
            });
            var set = new HandComputedAttempts(courses.ModuleId, module.Id, items[0].Id, items[1].Id, items[2].Id, items[3].Id, options);
            var started = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
            for (var i = 1; i <= 12; i++)
            {
                var user = new AppUser { UserName = $"{Guid.NewGuid():N}@example.org", Email = $"{Guid.NewGuid():N}@example.org", FullName = $"Learner {i}", CreatedAtUtc = started, EmailConfirmed = true };
                db.Users.Add(user);
                var (a, b, c, d, score, passed) = FirstAttempts[i - 1];
                var third = c is null ? (set.D, d) : (set.C, c);
                db.QuizAttempts.Add(set.Attempt(user.Id, versionId, 1, started, [(set.A, a!.Value), (set.B, b!.Value), (third.Item1, third.Item2!.Value)],
                    score, passed, AttemptStatus.Submitted, [10 * i, 10 * i + 30, 10 * i + 30 + 5 * i]));
                switch (i)
                {
                    case 4 or 12:
                        db.QuizAttempts.Add(set.Attempt(user.Id, versionId, 2, started.AddDays(1), [(set.A, 1), (set.B, 1), (i == 4 ? set.C : set.D, 1)],
                            100m, true, AttemptStatus.Submitted, [5, 10, 15]));
                        break;
                    case 5 or 6:
                        db.QuizAttempts.Add(set.Attempt(user.Id, versionId, 2, started.AddDays(1), [(set.A, 1), (set.B, 1), (set.C, 1)],
                            null, null, i == 5 ? AttemptStatus.InProgress : AttemptStatus.Abandoned, [5, 10, 15]));
                        break;
                }
            }

            await db.SaveChangesAsync();
            return set;
        });
    }

    /// <param name="items">Each drawn item with 1 (key chosen), 0 (first distractor chosen) or -1 (omitted).</param>
    /// <param name="seconds">When each item was first answered, in the order of <paramref name="items"/>.</param>
    private QuizAttempt Attempt(string userId, int versionId, int number, DateTime started, (string Id, int Credit)[] items,
        decimal? score, bool? passed, AttemptStatus status, int[] seconds) => new()
    {
        UserId = userId, ModuleId = ModuleId, ModuleVersionId = versionId, Number = number, StartedAtUtc = started, Status = status,
        FinishedAtUtc = status == AttemptStatus.InProgress ? null : started.AddMinutes(10), ScorePercent = score, Passed = passed,
        DrawJson = JsonSerializer.Serialize(items.Select(i => new DrawnQuestion(i.Id, [Options[i.Id].Key, Options[i.Id].Distractor, .. Options[i.Id].Unchosen])).ToList()),
        AnswersJson = JsonSerializer.Serialize(items.Where(i => i.Credit >= 0)
            .ToDictionary(i => i.Id, i => new[] { i.Credit == 1 ? Options[i.Id].Key : Options[i.Id].Distractor })),
        AnswerTimesJson = JsonSerializer.Serialize(items.Select((item, n) => (item, n)).Where(x => x.item.Credit >= 0)
            .ToDictionary(x => x.item.Id, x => seconds[x.n])),
    };
}
