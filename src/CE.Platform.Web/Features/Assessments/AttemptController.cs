using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Infrastructure.RateLimiting;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CE.Platform.Web.Features.Assessments;

/// <summary>Taking an assessment. Another learner's attempt id answers 404, like one that does not exist.</summary>
[Authorize]
public sealed class AttemptController(AttemptStarter starter, AttemptAnswering answering, AttemptResults results) : Controller
{
    [HttpPost("/modules/{slug}/attempts"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Start(string slug, CancellationToken cancellationToken)
    {
        switch (await starter.StartAsync(UserId, slug, cancellationToken))
        {
            case null:
                return NotFound();
            case { AttemptId: { } id }:
                return RedirectToAction(nameof(Take), new { id });
            case { Refusal: var refusal }:
                TempData["Status"] = refusal;
                return Redirect($"/modules/{slug}");
        }
    }

    [HttpGet("/attempts/{id:int}")]
    public async Task<IActionResult> Take(int id, CancellationToken cancellationToken) =>
        await answering.ViewAsync(UserId, id, cancellationToken) switch
        {
            ({ } view, _) => View(view),
            (null, true) => RedirectToAction(nameof(Result), new { id }),
            _ => NotFound(),
        };

    [HttpPost("/attempts/{id:int}/save"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.QuizPosts)]
    public async Task<IActionResult> Save(int id, CancellationToken cancellationToken)
    {
        var outcome = await answering.SaveAsync(UserId, id, PostedAnswers.From(Request.Form), cancellationToken);
        var fromScript = Request.Headers.XRequestedWith == "fetch";
        return outcome switch
        {
            AnswerOutcome.NotFound => NotFound(),
            AnswerOutcome.Saved when fromScript => NoContent(),
            AnswerOutcome.Saved => Saved(id),
            _ when fromScript => Conflict(),
            _ => RedirectToAction(nameof(Result), new { id }),
        };
    }

    [HttpPost("/attempts/{id:int}/submit"), ValidateAntiForgeryToken, SharedRateLimit(RateLimits.QuizPosts)]
    public async Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
        await answering.SubmitAsync(UserId, id, PostedAnswers.From(Request.Form), cancellationToken) == AnswerOutcome.NotFound
            ? NotFound()
            : RedirectToAction(nameof(Result), new { id });

    [HttpGet("/attempts/{id:int}/result")]
    public async Task<IActionResult> Result(int id, CancellationToken cancellationToken) =>
        await results.GetAsync(UserId, id, cancellationToken) is { } result ? View(result) : NotFound();

    private RedirectToActionResult Saved(int id)
    {
        TempData["Status"] = "Your answers are saved. You can come back to this attempt before time runs out.";
        return RedirectToAction(nameof(Take), new { id });
    }

    private string UserId => User.Id();
}
