using CE.Platform.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>After a pass: attest the credit claimed and evaluate the activity; only then is the module completed.</summary>
[Authorize]
[Route("attempts/{id:int}/complete")]
public sealed class CompletionController(CompletionService completions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Complete(int id, CancellationToken cancellationToken)
    {
        var (owned, already) = await completions.LoadAsync(UserId, id, cancellationToken);
        if (owned is null || owned.Attempt.Passed != true)
        {
            return NotFound();
        }

        if (already)
        {
            return Redirect($"/modules/{owned.ModuleSlug}");
        }

        ViewData["Module"] = owned.Version.Snapshot;
        return View(new CompleteForm { CreditClaimed = owned.Module.CreditHours, CreditTypeId = owned.Module.CreditTypes.Count == 1 ? owned.Module.CreditTypes[0] : null });
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Complete(int id, CompleteForm form, CancellationToken cancellationToken)
    {
        var (owned, _) = await completions.LoadAsync(UserId, id, cancellationToken);
        if (owned is null)
        {
            return NotFound();
        }

        var outcome = ModelState.IsValid
            ? await completions.CompleteAsync(UserId, id, form, CompletionChannels.SourceOf(User), ModelState.AddModelError, cancellationToken)
            : CompleteOutcome.Invalid;
        switch (outcome)
        {
            case CompleteOutcome.Completed:
                TempData["Status"] = $"{owned.Module.Title} is completed. Thank you for your evaluation.";
                return Redirect($"/modules/{owned.ModuleSlug}");
            case CompleteOutcome.Invalid:
                ViewData["Module"] = owned.Version.Snapshot;
                return View(form);
            default:
                return NotFound();
        }
    }

    private string UserId => User.Id();
}
