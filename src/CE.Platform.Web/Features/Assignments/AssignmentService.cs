using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

public sealed record AssignOutcome(int Assignments, int Obligations, int? BulkOperationId);

/// <summary>Creates assignments for an organisation the coordinator runs; large ones expand in the background.</summary>
public sealed class AssignmentService(AppDbContext db, AssignmentExpansion expansion, IBackgroundJobClient jobs, AuditLog audit, TimeProvider clock)
{
    public const int InlineLimit = 500;

    public async Task<AssignOutcome?> AssignAsync(Organisation organisation, AssignForm form, string coordinatorId, Action<string, string> reportError, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (form.DueDate < today)
        {
            reportError(nameof(form.DueDate), "The due date is in the past.");
        }

        var moduleIds = await ModuleIdsAsync(form.Modules, cancellationToken);
        if (moduleIds.Count == 0)
        {
            reportError(nameof(form.Modules), "Choose at least one published module.");
        }

        var (scope, unitId, learnerId) = await TargetAsync(organisation.Id, form.Target, cancellationToken);
        if (scope is null)
        {
            reportError(nameof(form.Target), "Choose the whole organisation, one of its units or one of its members.");
        }

        if (form.DueDate < today || moduleIds.Count == 0 || scope is null)
        {
            return null;
        }

        var created = moduleIds.Select(moduleId => new Assignment
        {
            OrganisationId = organisation.Id, ModuleId = moduleId, Scope = scope.Value, UnitId = unitId, LearnerId = learnerId,
            DueDate = form.DueDate!.Value, RecurrenceMonths = form.RecurrenceMonths, WindowDays = form.WindowDays,
            CreatedByUserId = coordinatorId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }).ToList();
        db.Assignments.AddRange(created);
        audit.Record("assignment.created", organisation.Name, $"{created.Count} module(s) to {form.Target}, due {form.DueDate:yyyy-MM-dd}{(form.RecurrenceMonths is { } m ? $", every {m} months" : "")}");
        await db.SaveChangesAsync(cancellationToken);

        var targets = scope == AssignmentScope.Learner ? 1 : await db.Memberships.CountAsync(m => m.OrganisationId == organisation.Id && (scope == AssignmentScope.Organisation || m.UnitId == unitId), cancellationToken);
        if (targets * created.Count > InlineLimit)
        {
            var operation = new BulkOperation
            {
                OrganisationId = organisation.Id, Description = $"Assigning {created.Count} module(s) to {targets} people", Total = targets * created.Count,
                Payload = System.Text.Json.JsonSerializer.Serialize(created.Select(a => a.Id)), CreatedByUserId = coordinatorId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.BulkOperations.Add(operation);
            await db.SaveChangesAsync(cancellationToken);
            jobs.Enqueue<AssignmentExpansionJob>(job => job.RunAsync(operation.Id, CancellationToken.None));
            return new AssignOutcome(created.Count, 0, operation.Id);
        }

        var obligations = 0;
        foreach (var assignment in created)
        {
            obligations += await expansion.ExpandAsync(assignment, cancellationToken: cancellationToken);
        }

        return new AssignOutcome(created.Count, obligations, null);
    }

    private async Task<List<int>> ModuleIdsAsync(IEnumerable<string> choices, CancellationToken cancellationToken)
    {
        var slugs = choices.Where(c => !c.StartsWith("course:", StringComparison.Ordinal)).ToList();
        var courses = choices.Where(c => c.StartsWith("course:", StringComparison.Ordinal)).Select(c => c["course:".Length..]).ToList();
        return await db.Modules.Where(m => m.RetiredAtUtc == null && m.CurrentVersionId != null && (slugs.Contains(m.Slug) || courses.Contains(m.Course.Slug)))
            .OrderBy(m => m.Position).Select(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task<(AssignmentScope? Scope, int? UnitId, string? LearnerId)> TargetAsync(int organisationId, string? target, CancellationToken cancellationToken)
    {
        if (target == "organisation")
        {
            return (AssignmentScope.Organisation, null, null);
        }

        if (target?.StartsWith("unit:", StringComparison.Ordinal) == true && int.TryParse(target[5..], out var unitId)
            && await db.OrganisationUnits.AnyAsync(u => u.Id == unitId && u.OrganisationId == organisationId, cancellationToken))
        {
            return (AssignmentScope.Unit, unitId, null);
        }

        if (target?.StartsWith("learner:", StringComparison.Ordinal) == true
            && await db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == target.Substring(8), cancellationToken))
        {
            return (AssignmentScope.Learner, null, target[8..]);
        }

        return (null, null, null);
    }
}
