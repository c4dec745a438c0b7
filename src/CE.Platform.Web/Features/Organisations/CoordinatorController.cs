using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assignments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Organisations;

/// <summary>
/// A coordinator's organisation: people, invitations, assignments. Every action first finds the
/// organisation through <see cref="OrganisationScope"/>, so another organisation's id answers 404.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("coordinator")]
public sealed class CoordinatorController(OrganisationScope scope, OrganisationPeopleQuery people, Invitations invitations, InvitationUpload upload,
    AssignmentService assignments, AssignmentListQuery assignmentList, MembershipChanges changes, AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await scope.Coordinated().AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Organisation(int id, CancellationToken cancellationToken) =>
        await scope.FindAsync(id, cancellationToken) is { } organisation ? await PageAsync(organisation, cancellationToken) : NotFound();

    [HttpPost("{id:int}/invite"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Invite(int id, InviteForm form, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(organisation, cancellationToken);
        }

        var outcome = await invitations.InviteAsync(id, organisation.Name, new InvitationRow(0, form.Name!.Trim(), form.Email!.Trim(), form.Unit?.Trim() is { Length: > 0 } unit ? unit : null), scope.UserId, cancellationToken: cancellationToken);
        TempData["Status"] = outcome switch
        {
            InvitationOutcome.Invited => $"{form.Email} was invited: an email asks them to choose a password.",
            InvitationOutcome.Pending => $"{form.Email} already has an account: they were emailed an invitation and join when they accept it. Until then you see nothing of theirs.",
            _ => $"{form.Email} is already a member.",
        };
        return Redirect($"/coordinator/{id}");
    }

    [HttpPost("{id:int}/invite-csv"), ValidateAntiForgeryToken]
    [RequestSizeLimit(5_000_000)]
    public async Task<IActionResult> InviteCsv(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file with lines of name,email[,unit].");
            return await PageAsync(organisation, cancellationToken);
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var outcome = await upload.HandleAsync(organisation, await reader.ReadToEndAsync(cancellationToken), scope.UserId, cancellationToken);
        if (outcome.BulkOperationId is { } operation)
        {
            return Redirect($"/coordinator/{id}/operations/{operation}");
        }

        TempData["Status"] = $"{outcome.Invited} people invited (those who already had an account join when they accept); {outcome.Problems.Count} line(s) not used.";
        TempData["Problems"] = string.Join('\n', outcome.Problems);
        return Redirect($"/coordinator/{id}");
    }

    [HttpPost("{id:int}/invitations/{invitationId:int}/revoke"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int id, int invitationId, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is null || !await changes.RevokeAsync(id, invitationId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The invitation was withdrawn; its link no longer works.";
        return Redirect($"/coordinator/{id}");
    }

    /// <summary>Ends someone's membership: they leave the matrix and reminders, and their records stay theirs.</summary>
    [HttpPost("{id:int}/memberships/{membershipId:int}/end"), ValidateAntiForgeryToken]
    public async Task<IActionResult> EndMembership(int id, int membershipId, CancellationToken cancellationToken)
    {
        var member = await scope.FindAsync(id, cancellationToken) is null ? null
            : await db.Memberships.AsNoTracking().Where(m => m.Id == membershipId && m.OrganisationId == id).Select(m => m.UserId).SingleOrDefaultAsync(cancellationToken);
        if (member is null || !await changes.EndAsync(id, member, scope.UserId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The membership ended. You no longer see this person's records; theirs stay with them.";
        return Redirect($"/coordinator/{id}");
    }

    [HttpPost("{id:int}/assignments"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Assign(int id, AssignForm form, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        var outcome = ModelState.IsValid ? await assignments.AssignAsync(organisation, form, scope.UserId, ModelState.AddModelError, cancellationToken) : null;
        if (outcome is null)
        {
            return await PageAsync(organisation, cancellationToken, form);
        }

        if (outcome.BulkOperationId is { } operation)
        {
            return Redirect($"/coordinator/{id}/operations/{operation}");
        }

        TempData["Status"] = $"Assigned {outcome.Assignments} module(s): {outcome.Obligations} learner assignment(s) created.";
        return Redirect($"/coordinator/{id}");
    }

    [HttpGet("{id:int}/operations/{operationId:int}")]
    public async Task<IActionResult> Operation(int id, int operationId, CancellationToken cancellationToken)
    {
        if (await scope.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var operation = await db.BulkOperations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == operationId && o.OrganisationId == id, cancellationToken);
        ViewData["HasFile"] = await db.ExportFiles.AnyAsync(f => f.BulkOperationId == operationId, cancellationToken);
        return operation is null ? NotFound() : View(operation);
    }

    private async Task<IActionResult> PageAsync(Organisation organisation, CancellationToken cancellationToken, AssignForm? form = null)
    {
        ViewData["People"] = await people.ListAsync(organisation, cancellationToken);
        ViewData["Invitations"] = await people.InvitationsAsync(organisation.Id, cancellationToken);
        ViewData["Assignments"] = await assignmentList.ForAsync(organisation.Id, cancellationToken);
        ViewData["Modules"] = await db.Modules.AsNoTracking().Where(m => m.RetiredAtUtc == null && m.CurrentVersionId != null)
            .OrderBy(m => m.Course.Title).ThenBy(m => m.Position).Select(m => new ModuleChoice(m.Slug, m.CurrentVersion!.Title, m.Course.Slug, m.Course.Title)).ToListAsync(cancellationToken);
        ViewData["AssignForm"] = form ?? new AssignForm { DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), RecurrenceMonths = 12 };
        return View("Organisation", organisation);
    }
}

public sealed record ModuleChoice(string Slug, string Title, string CourseSlug, string CourseTitle);
