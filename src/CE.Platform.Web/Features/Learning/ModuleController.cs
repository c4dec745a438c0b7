using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Learning;

[Authorize]
[Route("modules/{slug}")]
public sealed class ModuleController(ModuleReader reader, AssessmentSummaryQuery assessments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Overview(string slug, CancellationToken cancellationToken) =>
        await reader.OverviewAsync(UserId, slug, cancellationToken) is { } overview
            ? View(overview with { Assessment = await assessments.ForAsync(UserId, slug, cancellationToken) })
            : NotFound();

    [HttpGet("{anchor}")]
    public async Task<IActionResult> Section(string slug, string anchor, CancellationToken cancellationToken) =>
        await reader.ReadSectionAsync(UserId, slug, anchor, cancellationToken) is { } page ? View(page) : NotFound();

    private string UserId => User.Id();
}
