using System.Security.Claims;
using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// A resource-link launch that passed every check: the LMS user's account and membership, the link with its
/// AGS and NRPS endpoints (kept for scores and rosters), and the session that opens the module, or for an
/// instructor the context's completions.
/// </summary>
public sealed class LtiResourceLaunch(AppDbContext db, LtiAccounts accounts, AuditLog audit, TimeProvider clock)
{
    public async Task<(ClaimsPrincipal Session, string Destination)> CompleteAsync(LtiAcceptedLaunch launch, CancellationToken cancellationToken)
    {
        var (registration, message) = (launch.Registration, launch.Message);
        var user = await accounts.ProvisionAsync(registration, message);
        await RememberLinkAsync(registration.Id, message, launch.Module!.Id, cancellationToken);
        var role = LtiClaimRules.RoleOf(message.Roles);
        await audit.RecordNowAsync("sign-in.lti", user.Email!, $"{registration.Name}: {role} launch of {launch.ModuleSlug} in {message.ContextTitle ?? message.ContextId ?? "no context"}");
        var destination = role == LtiRole.Instructor ? LtiPaths.Context(launch.ModuleSlug!) : LtiPaths.Module(launch.ModuleSlug!);
        return (LtiSession.Principal(user.Id, user.FullName, registration, role), destination);
    }

    private async Task RememberLinkAsync(int registrationId, LtiLaunchMessage message, int moduleId, CancellationToken cancellationToken)
    {
        var link = await db.LtiResourceLinks.SingleOrDefaultAsync(
            l => l.RegistrationId == registrationId && l.DeploymentId == message.DeploymentId && l.ResourceLinkId == message.ResourceLinkId, cancellationToken);
        link ??= db.LtiResourceLinks.Add(new LtiResourceLink { RegistrationId = registrationId, DeploymentId = message.DeploymentId!, ResourceLinkId = message.ResourceLinkId! }).Entity;
        link.ContextId = message.ContextId;
        link.ContextTitle = message.ContextTitle;
        link.ModuleId = moduleId;
        link.AgsLineItemUrl = message.AgsLineItem;
        link.AgsLineItemsUrl = message.AgsLineItems;
        link.AgsScopes = message.AgsScopes;
        link.NrpsMembershipsUrl = message.NrpsMembershipsUrl;
        link.LastLaunchAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first launches of one link at once: the other one recorded it; this launch's endpoints are the same.
            db.ChangeTracker.Clear();
        }
    }
}
