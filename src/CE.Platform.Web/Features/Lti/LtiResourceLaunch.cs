using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Accounts.TwoFactor;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Infrastructure.Audit;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>
/// A resource-link launch that passed every check: the LMS user's account and membership, the link with its
/// AGS and NRPS endpoints (kept for scores and rosters), and the session: a learner's is the site's own, embedded
/// in the LMS's frame, so the quiz and the completion work as on the site and the completion names the placement
/// whose line item gets the score; an instructor's is the /lti session that shows the context's completions.
/// </summary>
public sealed class LtiResourceLaunch(AppDbContext db, LtiAccounts accounts, SignInManager<AppUser> signIn, TwoFactorRequirement twoFactor, AuditLog audit, TimeProvider clock)
{
    /// <summary>Signs the launched user in and returns where the frame goes.</summary>
    public async Task<string> CompleteAsync(LtiAcceptedLaunch launch, HttpContext http, CancellationToken cancellationToken)
    {
        var (registration, message) = (launch.Registration, launch.Message);
        var user = await accounts.ProvisionAsync(registration, message);
        var linkId = await RememberLinkAsync(registration.Id, message, launch.Module!.Id, cancellationToken);
        var role = LtiClaimRules.RoleOf(message.Roles);
        await audit.RecordNowAsync("sign-in.lti", user.Email!, $"{registration.Name}: {role} launch of {launch.ModuleSlug} in {message.ContextTitle ?? message.ContextId ?? "no context"}");
        // A staff account (linked by email, where the registration allows it) needs its two factors for a site
        // session, which an LMS launch does not give: it reads in the /lti session, without the quiz.
        if (role == LtiRole.Learner && !twoFactor.AppliesTo(await signIn.CreateUserPrincipalAsync(user)))
        {
            var frameAncestors = LtiRegistrationRules.FrameAncestors(registration);
            EmbeddedSession.Begin(http, frameAncestors);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [EmbeddedSession.ClaimFor(frameAncestors), CompletionChannels.For(CompletionChannel.Lti), CompletionChannels.ForLtiLink(linkId)]);
            return $"/modules/{launch.ModuleSlug}";
        }

        await http.SignInAsync(LtiSession.Scheme, LtiSession.Principal(user.Id, user.FullName, registration, role, linkId));
        return role == LtiRole.Instructor ? LtiPaths.Context(launch.ModuleSlug!) : LtiPaths.Module(launch.ModuleSlug!);
    }

    private async Task<int> RememberLinkAsync(int registrationId, LtiLaunchMessage message, int moduleId, CancellationToken cancellationToken)
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
            return link.Id;
        }
        catch (DbUpdateException)
        {
            // Two first launches of one link at once: the other one recorded it; this launch's endpoints are the same.
            db.ChangeTracker.Clear();
            return await db.LtiResourceLinks.Where(l => l.RegistrationId == registrationId && l.DeploymentId == message.DeploymentId && l.ResourceLinkId == message.ResourceLinkId)
                .Select(l => l.Id).SingleAsync(cancellationToken);
        }
    }
}
