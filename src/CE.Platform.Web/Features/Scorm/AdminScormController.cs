using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>Administrators dispatch modules to client organisations as SCORM packages.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/scorm")]
public sealed class AdminScormController(ScormDispatches dispatches, ScormPackage packages, AuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ListAsync(new ScormDispatchForm(), cancellationToken);

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(ScormDispatchForm form, CancellationToken cancellationToken)
    {
        var id = ModelState.IsValid ? await dispatches.CreateAsync(form, ModelState.AddModelError, cancellationToken) : null;
        return id is null ? await ListAsync(form, cancellationToken) : Redirect($"/admin/scorm/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await dispatches.FindAsync(id, cancellationToken) is { } dispatch ? View(dispatch) : NotFound();

    [HttpPost("{id:int}/{change:regex(^(enable|disable|delete)$)}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Change(int id, ScormDispatchChange change, CancellationToken cancellationToken)
    {
        if (!await dispatches.ChangeAsync(id, change, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = change switch
        {
            ScormDispatchChange.Enable => "The dispatch is enabled: its packages launch again.",
            ScormDispatchChange.Disable => "The dispatch is disabled: its packages show learners that the course is not available.",
            _ => "The dispatch is deleted: its packages launch nothing. Its learners' records remain.",
        };
        return Redirect($"/admin/scorm/{id}");
    }

    [HttpGet("{id:int}/package/{version:regex(^(1.2|2004)$)}")]
    public async Task<IActionResult> Package(int id, string version, CancellationToken cancellationToken)
    {
        if (!ScormVersions.TryParse(version, out var scorm) || await dispatches.FindAsync(id, cancellationToken) is not { DeletedAtUtc: null } dispatch)
        {
            return NotFound();
        }

        await audit.RecordNowAsync("scorm.package-downloaded", $"dispatch {id}", $"SCORM {version}");
        return File(packages.Build(scorm, id, dispatch.ModuleTitle), "application/zip", $"ce-platform-dispatch-{id}-scorm-{version}.zip");
    }

    private async Task<ViewResult> ListAsync(ScormDispatchForm form, CancellationToken cancellationToken)
    {
        ViewData["Dispatches"] = await dispatches.ListAsync(cancellationToken);
        (ViewData["Modules"], ViewData["Organisations"]) = await dispatches.ChoicesAsync(cancellationToken);
        return View(nameof(Index), form);
    }
}
