using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Features.Content.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Admin;

/// <summary>Content versions and import results for administrators, with a button to import again.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/content")]
public sealed class ContentController(ContentStatusQuery status, ContentImporter importer, CoursesFolder folder) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await status.GetAsync(cancellationToken));

    [HttpPost("import"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Import(CancellationToken cancellationToken)
    {
        var run = await importer.ImportAsync(folder.Path, cancellationToken);
        TempData["Status"] = run.Succeeded ? $"Import finished: {run.Summary}" : "Import finished with problems; the affected courses keep their previous versions.";
        return RedirectToAction(nameof(Index));
    }
}
