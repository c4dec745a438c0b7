using System.Text.Json;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Benchmarks;

/// <summary>One open attempt of the pool and the form-encoded answers the load posts to it.</summary>
public sealed record PoolEntry(int AttemptId, string Email, string Answers)
{
    public string ToLine() => $"{AttemptId}\t{Email}\t{Answers}";

    public static PoolEntry Parse(string line) => line.Split('\t') is [var id, var email, var answers]
        ? new PoolEntry(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), email, answers)
        : throw new FormatException($"Not a pool line: {line}");
}

/// <summary>
/// Open attempts for the quiz save/submit load: each submitter (a learner of the large organisation)
/// holds many attempts at one module, started now, so every submission in the run scores a fresh
/// attempt. Each line carries the answers the load posts, so the check afterwards knows what must be stored.
/// </summary>
public sealed class QuizPool(AppDbContext db, ModuleVersionCache versions, TimeProvider clock)
{
    public const string ModuleSlug = "ketamine-safety";

    public static string SubmitterEmail(int i) => $"submitter{i:00}@bench.example.org";

    public async Task<IReadOnlyList<PoolEntry>> CreateAsync(int submitters, int attemptsEach, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var module = await db.Modules.AsNoTracking().SingleAsync(m => m.Slug == ModuleSlug, cancellationToken);
        var version = await versions.GetAsync(module.CurrentVersionId!.Value, cancellationToken);
        var quiz = version.Snapshot.Module.Quiz;
        var entries = new List<PoolEntry>();
        for (var s = 0; s < submitters; s++)
        {
            var user = await SubmitterAsync(SubmitterEmail(s), now, cancellationToken);
            var first = await db.QuizAttempts.Where(a => a.UserId == user.Id && a.ModuleId == module.Id).MaxAsync(a => (int?)a.Number, cancellationToken) ?? 0;
            var random = new Random(s);
            var attempts = Enumerable.Range(first + 1, attemptsEach).Select(number => new QuizAttempt
            {
                UserId = user.Id, ModuleId = module.Id, ModuleVersionId = version.VersionId, Number = number, StartedAtUtc = now,
                DeadlineUtc = AttemptRules.Deadline(quiz, now, TimeSpan.Zero), Status = AttemptStatus.InProgress,
                DrawJson = JsonSerializer.Serialize(QuestionDraw.Draw(version.Snapshot.Module.Questions, quiz.Draw, random)),
            }).ToList();
            db.QuizAttempts.AddRange(attempts);
            await db.SaveChangesAsync(cancellationToken);
            entries.AddRange(attempts.Select(a => new PoolEntry(a.Id, user.Email!, Answers(a.Draw, version.Snapshot.Module.Questions, random))));
            db.ChangeTracker.Clear();
        }

        return entries;
    }

    // A plausible learner: one option per question, two for "choose all that apply".
    private static string Answers(IReadOnlyList<DrawnQuestion> draw, IReadOnlyList<QuestionDefinition> bank, Random random) =>
        string.Join('&', draw.SelectMany(d =>
        {
            var many = bank.Single(q => q.Id == d.QuestionId).Type == QuestionType.Multiple;
            var start = random.Next(d.OptionOrder.Count);
            return d.OptionOrder.Skip(start).Concat(d.OptionOrder).Take(many ? 2 : 1)
                .Select(key => $"{Uri.EscapeDataString(PostedAnswers.Prefix + d.QuestionId)}={Uri.EscapeDataString(key)}");
        }));

    private async Task<AppUser> SubmitterAsync(string email, DateTime now, CancellationToken cancellationToken)
    {
        var normalized = email.ToUpperInvariant();
        if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken) is { } existing)
        {
            return existing;
        }

        var user = SeedRows.User(email, $"Bench Submitter {email[9..11]}", new PasswordHasher<AppUser>().HashPassword(new AppUser(), BenchmarkSeeder.Password), now);
        var learnerRole = await db.Roles.SingleAsync(r => r.Name == Roles.Learner, cancellationToken);
        var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync(cancellationToken);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = learnerRole.Id });
        db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, JoinedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }
}
