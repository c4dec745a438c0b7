using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Features.Assignments;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Definitions;
using CE.Platform.Web.Features.Learning;
using CE.Platform.Web.Features.Organisations;
using Microsoft.AspNetCore.Identity;

namespace CE.Platform.Benchmarks;

/// <summary>
/// One batch of the bulk seeding, rows already linked: the integer keys are handed out here (from the
/// first free value of each table), so a completion names its attempt before either is written.
/// </summary>
internal sealed class BulkRows(int membershipId, int progressId, int attemptId, int completionId, int certificateId, int cycleId)
{
    private readonly Dictionary<string, int> totals = [];

    public List<AppUser> Users { get; } = [];
    public List<IdentityUserRole<string>> UserRoles { get; } = [];
    public List<Membership> Memberships { get; } = [];
    public List<ModuleProgress> Progress { get; } = [];
    public List<QuizAttempt> Attempts { get; } = [];
    public List<Completion> Completions { get; } = [];
    public List<Certificate> Certificates { get; } = [];
    public List<LearnerAssignment> Cycles { get; } = [];

    /// <summary>Rows written so far, by table, counting the current batch.</summary>
    public IReadOnlyDictionary<string, int> Totals => new Dictionary<string, int>(totals)
    {
        ["users"] = totals.GetValueOrDefault("users") + Users.Count, ["memberships"] = totals.GetValueOrDefault("memberships") + Memberships.Count,
        ["module progress"] = totals.GetValueOrDefault("module progress") + Progress.Count, ["quiz attempts"] = totals.GetValueOrDefault("quiz attempts") + Attempts.Count,
        ["completions"] = totals.GetValueOrDefault("completions") + Completions.Count, ["certificates"] = totals.GetValueOrDefault("certificates") + Certificates.Count,
        ["learner assignments"] = totals.GetValueOrDefault("learner assignments") + Cycles.Count,
    };

    public void AddLearner(AppUser user, string roleId, int organisationId, DateTime now)
    {
        Users.Add(user);
        UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        Memberships.Add(new Membership { Id = membershipId++, OrganisationId = organisationId, UserId = user.Id, MemberName = user.FullName, JoinedAtUtc = now.AddDays(-60) });
    }

    /// <summary>The learner's first cycle of the assignment, in <paramref name="state"/>, with the rows that state implies.</summary>
    public void AddCycle(AppUser user, Assignment assignment, int versionId, ModuleSnapshot snapshot, IReadOnlyDictionary<string, QuestionDefinition> bank, CycleState state,
        Random random, DateTime now, Func<Completion, Certificate> certify)
    {
        var cycle = SeedRows.Cycle(assignment, user.Id);
        cycle.Id = cycleId++;
        Cycles.Add(cycle);
        if (state == CycleState.Overdue)
        {
            cycle.DueDate = DateOnly.FromDateTime(now.AddDays(-10));
        }

        if (state is CycleState.NotStarted or CycleState.Overdue)
        {
            return;
        }

        // Inside the cycle's window, so the completion counts for it.
        var started = now.AddDays(-random.Next(2, 25));
        var progress = new ModuleProgress { Id = progressId++, UserId = user.Id, ModuleId = assignment.ModuleId, ModuleVersionId = versionId, StartedAtUtc = started, LastActivityAtUtc = started.AddMinutes(40), SecondsSpent = 2_400 };
        Progress.Add(progress);
        if (state == CycleState.InProgress)
        {
            return;
        }

        var attempt = SeedRows.Attempt(user.Id, assignment.ModuleId, versionId, 1, snapshot, bank, passed: true, started.AddMinutes(45), random);
        attempt.Id = attemptId++;
        Attempts.Add(attempt);
        var completion = SeedRows.Completion(attempt, snapshot);
        completion.Id = completionId++;
        Completions.Add(completion);
        var certificate = certify(completion);
        certificate.Id = certificateId++;
        Certificates.Add(certificate);
        progress.CompletedAtUtc = cycle.CompletedAtUtc = completion.CompletedAtUtc;
        cycle.CompletionId = completion.Id;
    }

    /// <summary>Starts the next batch (the counts of this one kept in <see cref="Totals"/>).</summary>
    public void Clear()
    {
        foreach (var (table, count) in Totals)
        {
            totals[table] = count;
        }

        foreach (var list in new System.Collections.IList[] { Users, UserRoles, Memberships, Progress, Attempts, Completions, Certificates, Cycles })
        {
            list.Clear();
        }
    }
}

public enum CycleState
{
    Completed,
    InProgress,
    NotStarted,
    Overdue,
}

/// <summary>Which state a learner's cycle of their k-th module is in: a fixed spread (4/8 completed, 2/8 in progress, 1/8 each not started and overdue).</summary>
internal static class CycleStates
{
    public static CycleState Of(int learner, int module) => (((learner * 7) + (module * 3)) % 8) switch
    {
        < 4 => CycleState.Completed,
        < 6 => CycleState.InProgress,
        6 => CycleState.NotStarted,
        _ => CycleState.Overdue,
    };
}

/// <summary>Organisations of the asked sizes first, then clinics of <c>clinicSize</c> for the learners left over.</summary>
internal sealed class OrganisationLayout(IReadOnlyList<int> sizes)
{
    private readonly int[] ends = [.. sizes.Select((_, i) => sizes.Take(i + 1).Sum())];

    public IReadOnlyList<int> Sizes => sizes;

    public static OrganisationLayout For(int learners, IReadOnlyList<int> organisationSizes, int clinicSize)
    {
        var rest = learners - organisationSizes.Sum();
        return new OrganisationLayout([.. organisationSizes, .. Enumerable.Range(0, (rest + clinicSize - 1) / clinicSize).Select(i => Math.Min(clinicSize, rest - (i * clinicSize)))]);
    }

    /// <summary>The index of the organisation learner <paramref name="index"/> belongs to.</summary>
    public int OrganisationOf(int index)
    {
        var found = Array.BinarySearch(ends, index + 1);
        return found >= 0 ? found : ~found;
    }
}
