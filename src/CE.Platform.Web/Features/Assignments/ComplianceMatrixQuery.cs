using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>
/// Learners × assigned modules for one organisation, with totals per module and per unit. Reads
/// each table once for the organisation (no per-learner queries) and builds the grid in memory.
/// </summary>
public sealed class ComplianceMatrixQuery(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<ComplianceMatrix> BuildAsync(Organisation organisation, MatrixFilter filter, CancellationToken cancellationToken = default)
    {
        var full = await FullAsync(organisation, filter, cancellationToken);
        var page = Math.Max(1, filter.Page);
        return full with { Rows = full.Rows.Skip((page - 1) * PageSize).Take(PageSize).ToList(), Page = page };
    }

    /// <summary>Every row (for CSV export), filtered and sorted like the page.</summary>
    public async Task<ComplianceMatrix> FullAsync(Organisation organisation, MatrixFilter filter, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        // One read for the cycles with what each cell also needs: the learner's last reading of the
        // module and the valid certificate of a completed cycle. Scalar subqueries, so the database
        // probes its indexes per cycle instead of hashing the whole certificate or progress table.
        var cycles = await db.LearnerAssignments.AsNoTracking().Where(l => l.OrganisationId == organisation.Id)
            .Select(l => new
            {
                Cycle = l,
                LastActivityAtUtc = db.ModuleProgress.Where(p => p.UserId == l.UserId && p.ModuleId == l.ModuleId).Select(p => (DateTime?)p.LastActivityAtUtc).FirstOrDefault(),
                Certificate = db.Certificates.Where(c => c.CompletionId == l.CompletionId && c.Status == Certificates.CertificateStatus.Valid).Select(c => c.Number).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var obligations = cycles.Select(c => c.Cycle).ToList();
        var moduleIds = obligations.Select(o => o.ModuleId).Distinct().ToList();
        var modules = await db.Modules.AsNoTracking().Where(m => moduleIds.Contains(m.Id)).OrderBy(m => m.Position)
            .Select(m => new { m.Id, Title = m.CurrentVersion!.Title }).ToListAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisation.Id && (filter.UnitId == null || m.UnitId == filter.UnitId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName, u.Email, m.UnitId })
            .ToListAsync(cancellationToken);
        var lastActivity = cycles.Where(c => c.LastActivityAtUtc is not null).DistinctBy(c => (c.Cycle.UserId, c.Cycle.ModuleId))
            .ToDictionary(c => (c.Cycle.UserId, c.Cycle.ModuleId), c => c.LastActivityAtUtc!.Value);
        // One completion can close cycles of two assignments (the unit's and the organisation's).
        var certificates = cycles.Where(c => c.Certificate is not null).DistinctBy(c => c.Cycle.CompletionId)
            .ToDictionary(c => c.Cycle.CompletionId!.Value, c => c.Certificate!);
        var units = organisation.Units.ToDictionary(u => u.Id, u => u.Name);
        var accommodations = (await db.Accommodations.AsNoTracking().Where(a => a.OrganisationId == organisation.Id)
                .Join(db.Modules, a => a.ModuleId, m => m.Id, (a, m) => new { a.UserId, m.Slug, a.ExtraMinutes, a.TimeMultiplier, a.ExtraAttempts, a.ValidUntil })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.UserId, a => $"{a.Slug}: +{a.ExtraMinutes} min ×{a.TimeMultiplier:0.##} +{a.ExtraAttempts} attempts{(a.ValidUntil is { } until ? $" until {until:yyyy-MM-dd}" : "")}");
        var byLearner = obligations.ToLookup(o => (o.UserId, o.ModuleId));

        var rows = members.Select(member => new MatrixRow(member.Id, member.FullName, member.Email ?? "", member.UnitId is { } u ? units.GetValueOrDefault(u) : null,
                modules.Select(module => Cell(byLearner[(member.Id, module.Id)].ToList(), StartedInCycle(byLearner[(member.Id, module.Id)], lastActivity.GetValueOrDefault((member.Id, module.Id))), certificates, today, now)).ToList(),
                accommodations.Contains(member.Id) ? string.Join("; ", accommodations[member.Id]) : null))
            .Where(r => filter.Status is null || r.Cells.Any(c => c.Status == filter.Status))
            .ToList();
        rows = filter.Sort == "overdue"
            ? rows.OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList()
            : rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

        var moduleTotals = modules.Select((m, i) => new MatrixModule(m.Id, m.Title,
            rows.Count(r => r.Cells[i].Status != CellStatus.NotAssigned), rows.Count(r => r.Cells[i].Status == CellStatus.Completed))).ToList();
        var unitTotals = rows.GroupBy(r => r.Unit ?? "(no unit)").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MatrixUnitTotal(g.Key, g.Sum(r => r.Cells.Count(c => c.Status != CellStatus.NotAssigned)),
                g.Sum(r => r.Cells.Count(c => c.Status == CellStatus.Completed)), g.Sum(r => r.Overdue))).ToList();
        return new ComplianceMatrix(moduleTotals, rows, rows.Count, 1, PageSize, unitTotals, filter);
    }

    // Reading counts as "in progress" only when it happened in the open cycle, not in the one before.
    private static bool StartedInCycle(IEnumerable<LearnerAssignment> cycles, DateTime lastActivityUtc) =>
        cycles.Where(c => c.CompletedAtUtc is null).Select(c => (DateTime?)c.OpensAtUtc).Min() is { } opens && lastActivityUtc >= opens;

    /// <summary>
    /// The cycle that matters: an open cycle whose window has opened; else the last completed one
    /// (a renewal not yet open shows the completion, with the next due date).
    /// </summary>
    internal static MatrixCell Cell(IReadOnlyList<LearnerAssignment> cycles, bool started, IReadOnlyDictionary<int, string> certificates, DateOnly today, DateTime now)
    {
        if (cycles.Count == 0)
        {
            return new MatrixCell(CellStatus.NotAssigned, null, null, null);
        }

        var open = cycles.Where(c => c.CompletedAtUtc is null).OrderBy(c => c.DueDate).FirstOrDefault();
        var lastDone = cycles.Where(c => c.CompletedAtUtc is not null).OrderByDescending(c => c.CompletedAtUtc).FirstOrDefault();
        if (open is null || (open.OpensAtUtc > now && lastDone is not null))
        {
            return new MatrixCell(CellStatus.Completed, open?.DueDate, lastDone!.CompletedAtUtc, certificates.GetValueOrDefault(lastDone.CompletionId ?? 0));
        }

        var status = RecurrenceRules.Status(today, open.DueDate, null) == ObligationStatus.Overdue ? CellStatus.Overdue
            : started ? CellStatus.InProgress : CellStatus.NotStarted;
        return new MatrixCell(status, open.DueDate, lastDone?.CompletedAtUtc, null);
    }
}
