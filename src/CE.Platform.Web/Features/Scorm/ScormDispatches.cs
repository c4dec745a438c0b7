using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>An administrator's dispatches: listed, created, switched on and off, deleted (kept, marked), each change audited.</summary>
public sealed class ScormDispatches(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public Task<List<ScormDispatchRow>> ListAsync(CancellationToken cancellationToken) =>
        Rows(db.ScormDispatches.OrderByDescending(d => d.Id)).ToListAsync(cancellationToken);

    public Task<ScormDispatchRow?> FindAsync(int id, CancellationToken cancellationToken) =>
        Rows(db.ScormDispatches.Where(d => d.Id == id)).SingleOrDefaultAsync(cancellationToken);

    public async Task<(List<ScormChoice> Modules, List<ScormChoice> Organisations)> ChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Modules.AsNoTracking().Where(m => m.RetiredAtUtc == null && m.CurrentVersion != null)
            .OrderBy(m => m.CurrentVersion!.Title).Select(m => new ScormChoice(m.Id, m.CurrentVersion!.Title)).ToListAsync(cancellationToken),
         await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new ScormChoice(o.Id, o.Name)).ToListAsync(cancellationToken));

    public async Task<int?> CreateAsync(ScormDispatchForm form, Action<string, string> reportError, CancellationToken cancellationToken)
    {
        var module = await db.Modules.AsNoTracking().Where(m => m.Id == form.ModuleId && m.RetiredAtUtc == null && m.CurrentVersion != null)
            .Select(m => m.CurrentVersion!.Title).SingleOrDefaultAsync(cancellationToken);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == form.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (module is null)
        {
            reportError(nameof(form.ModuleId), "Choose one of the modules listed.");
        }

        if (organisation is null)
        {
            reportError(nameof(form.OrganisationId), "Choose one of the organisations listed.");
        }

        if (module is null || organisation is null)
        {
            return null;
        }

        var dispatch = new ScormDispatch
        {
            ModuleId = form.ModuleId!.Value, OrganisationId = form.OrganisationId!.Value, SeatLimit = form.SeatLimit!.Value, Enabled = true, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ScormDispatches.Add(dispatch);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordNowAsync("scorm.dispatch-created", $"dispatch {dispatch.Id}", $"{module} for {organisation}, {dispatch.SeatLimit} seat(s)");
        return dispatch.Id;
    }

    /// <summary>Enable, disable or delete; false when the dispatch is missing or already deleted (a deleted dispatch stays deleted).</summary>
    public async Task<bool> ChangeAsync(int id, ScormDispatchChange change, CancellationToken cancellationToken)
    {
        var dispatch = await db.ScormDispatches.SingleOrDefaultAsync(d => d.Id == id && d.DeletedAtUtc == null, cancellationToken);
        if (dispatch is null)
        {
            return false;
        }

        dispatch.Enabled = change == ScormDispatchChange.Enable;
        dispatch.DeletedAtUtc = change == ScormDispatchChange.Delete ? clock.GetUtcNow().UtcDateTime : null;
        audit.Record($"scorm.dispatch-{change.ToString().ToLowerInvariant()}d", $"dispatch {id}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private IQueryable<ScormDispatchRow> Rows(IQueryable<ScormDispatch> dispatches) =>
        from d in dispatches.AsNoTracking()
        join m in db.Modules on d.ModuleId equals m.Id
        join o in db.Organisations on d.OrganisationId equals o.Id
        select new ScormDispatchRow(d.Id, m.CurrentVersion != null ? m.CurrentVersion.Title : m.Slug, o.Name, d.SeatsUsed, d.SeatLimit, d.Enabled, d.CreatedAtUtc, d.DeletedAtUtc);
}

public enum ScormDispatchChange
{
    Enable,
    Disable,
    Delete,
}
