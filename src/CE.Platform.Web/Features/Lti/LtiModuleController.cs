using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Lti;

/// <summary>The module reader inside the LMS's frame, on the LTI session's cookie; the learner's progress is the same as on the site.</summary>
[Authorize(AuthenticationSchemes = LtiSession.Scheme)]
[LtiFramed]
[Route("lti")]
public sealed class LtiModuleController(ModuleReader reader, LtiContextQuery context, LtiRosterQuery roster) : Controller
{
    private const string Base = "/lti/modules";

    [HttpGet("modules/{slug}")]
    public async Task<IActionResult> Overview(string slug, CancellationToken cancellationToken) =>
        await reader.OverviewAsync(User.Id(), slug, cancellationToken) is { } overview
            ? View("/Features/Learning/Views/Module/Overview.cshtml", overview with { PathBase = Base })
            : NotFound();

    [HttpGet("modules/{slug}/{anchor}")]
    public async Task<IActionResult> Section(string slug, string anchor, CancellationToken cancellationToken) =>
        await reader.ReadSectionAsync(User.Id(), slug, anchor, cancellationToken) is { } page
            ? View("/Features/Learning/Views/Module/Section.cshtml", page with { PathBase = Base })
            : NotFound();

    /// <summary>An instructor's launch: who of the organisation's LMS users read and completed the module (records from their joining on), beside the LMS course's roster.</summary>
    [HttpGet("context/{slug}"), Authorize(Policy = LtiSession.InstructorPolicy)]
    public async Task<IActionResult> Context(string slug, CancellationToken cancellationToken) =>
        await context.ForAsync(User.RegistrationId(), slug, cancellationToken) is { } page
            ? View(page with { Roster = await roster.ForAsync(User.LinkId(), page.Learners, cancellationToken) })
            : NotFound();
}
