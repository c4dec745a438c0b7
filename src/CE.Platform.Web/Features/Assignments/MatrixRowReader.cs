using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Certificates;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Assignments;

/// <summary>A learner of the matrix, before their cells are read.</summary>
public sealed class MatrixMember
{
    public required string UserId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public int? UnitId { get; init; }

    /// <summary>The membership's copy of the name, which the people lists sort by (its index is in that order).</summary>
    public string? SortName { get; init; }

    /// <summary>The membership's kept count of overdue cells, which the overdue-first order reads while it holds.</summary>
    public int OverdueCells { get; init; }
}

/// <summary>Reads the cycles, readings, certificates and accommodations of the learners shown and builds their rows.</summary>
internal sealed class MatrixRowReader(AppDbContext db)
{
    public async Task<IReadOnlyList<MatrixRow>> ReadAsync(Organisation organisation, IReadOnlyList<MatrixMember> members, IReadOnlyList<int> moduleIds,
        DateTime now, CancellationToken cancellationToken)
    {
        var userIds = members.Select(m => m.UserId).ToList();
        // Each cycle with the learner's last reading of the module and the valid certificate of a
        // completed cycle, as scalar subqueries: the database probes its indexes per cycle.
        var visibleCertificates = db.Certificates.VisibleTo(db, organisation.Id);
        var visibleReadings = db.ModuleProgress.VisibleTo(db, organisation.Id);
        var cycles = await db.LearnerAssignments.AsNoTracking().Where(l => l.OrganisationId == organisation.Id && userIds.Contains(l.UserId))
            .Select(l => new
            {
                Cycle = l,
                LastReadingUtc = visibleReadings.Where(p => p.UserId == l.UserId && p.ModuleId == l.ModuleId).Select(p => (DateTime?)p.LastActivityAtUtc).FirstOrDefault(),
                Certificate = visibleCertificates.Where(c => c.CompletionId == l.CompletionId && c.Status == CertificateStatus.Valid).Select(c => c.Number).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var accommodations = (await db.Accommodations.AsNoTracking().Where(a => a.OrganisationId == organisation.Id && userIds.Contains(a.UserId))
                .Join(db.Modules, a => a.ModuleId, m => m.Id, (a, m) => new { a.UserId, m.Slug, a.ExtraMinutes, a.TimeMultiplier, a.ExtraAttempts, a.ValidUntil })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.UserId, a => $"{a.Slug}: +{a.ExtraMinutes} min ×{a.TimeMultiplier:0.##} +{a.ExtraAttempts} attempts{(a.ValidUntil is { } until ? $" until {until:yyyy-MM-dd}" : "")}");

        var lastReading = cycles.Where(c => c.LastReadingUtc is not null).DistinctBy(c => (c.Cycle.UserId, c.Cycle.ModuleId))
            .ToDictionary(c => (c.Cycle.UserId, c.Cycle.ModuleId), c => c.LastReadingUtc);
        // One completion can close cycles of two assignments (the unit's and the organisation's).
        var certificates = cycles.Where(c => c.Certificate is not null).DistinctBy(c => c.Cycle.CompletionId)
            .ToDictionary(c => c.Cycle.CompletionId!.Value, c => c.Certificate!);
        var byCell = cycles.Select(c => c.Cycle).ToLookup(c => (c.UserId, c.ModuleId));
        var units = organisation.Units.ToDictionary(u => u.Id, u => u.Name);
        var today = DateOnly.FromDateTime(now);

        return members.Select(member => new MatrixRow(member.UserId, member.Name, member.Email ?? "", member.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                moduleIds.Select(module => MatrixCellRules.Cell(byCell[(member.UserId, module)].ToList(), lastReading.GetValueOrDefault((member.UserId, module)), certificates, today, now)).ToList(),
                accommodations.Contains(member.UserId) ? string.Join("; ", accommodations[member.UserId]) : null))
            .ToList();
    }
}
