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

    [HttpGet("{dispatchId:int}")]
    public async Task<IActionResult> Details(int dispatchId, CancellationToken cancellationToken) =>
        await dispatches.FindAsync(dispatchId, cancellationToken) is { } dispatch ? View(dispatch) : NotFound();

    [HttpPost("{dispatchId:int}/enable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Enable(int dispatchId, CancellationToken cancellationToken) =>
        ChangeAsync(dispatchId, ScormDispatchChange.Enable, "The dispatch is enabled: its packages launch again.", cancellationToken);

    [HttpPost("{dispatchId:int}/disable"), ValidateAntiForgeryToken]
    public Task<IActionResult> Disable(int dispatchId, CancellationToken cancellationToken) =>
        ChangeAsync(dispatchId, ScormDispatchChange.Disable, "The dispatch is disabled: its packages tell learners that the course is not available.", cancellationToken);

    [HttpPost("{dispatchId:int}/delete"), ValidateAntiForgeryToken]
    public Task<IActionResult> Delete(int dispatchId, CancellationToken cancellationToken) =>
        ChangeAsync(dispatchId, ScormDispatchChange.Delete, "The dispatch is deleted: its packages launch nothing. Its learners' records remain.", cancellationToken);

    [HttpGet("{dispatchId:int}/package/{version}")]
    public async Task<IActionResult> Package(int dispatchId, string version, CancellationToken cancellationToken)
    {
        if (!ScormVersions.TryParse(version, out var scorm) || await dispatches.FindAsync(dispatchId, cancellationToken) is not { DeletedAtUtc: null } dispatch)
        {
            return NotFound();
        }

        await audit.RecordNowAsync("scorm.package-downloaded", $"dispatch {dispatchId}", $"SCORM {version}");
        return File(packages.Build(scorm, dispatchId, dispatch.ModuleTitle), "application/zip", $"ce-platform-dispatch-{dispatchId}-scorm-{version}.zip");
    }

    private async Task<IActionResult> ChangeAsync(int dispatchId, ScormDispatchChange change, string done, CancellationToken cancellationToken)
    {
        if (!await dispatches.ChangeAsync(dispatchId, change, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = done;
        return Redirect($"/admin/scorm/{dispatchId}");
    }

    private async Task<ViewResult> ListAsync(ScormDispatchForm form, CancellationToken cancellationToken)
    {
        ViewData["Dispatches"] = await dispatches.ListAsync(cancellationToken);
        (ViewData["Modules"], ViewData["Organisations"]) = await dispatches.ChoicesAsync(cancellationToken);
        return View(nameof(Index), form);
    }
}
