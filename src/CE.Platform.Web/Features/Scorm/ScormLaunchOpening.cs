using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Accounts;
using CE.Platform.Web.Features.Assessments;
using CE.Platform.Web.Infrastructure.Audit;
using CE.Platform.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Scorm;

/// <summary>
/// Opening a launch link inside the LMS's frame: the link must be ours, unused, unexpired, from the
/// browser that asked for it, and its dispatch still on. Then the registration's learner is signed
/// into a session embedded in the LMS's origin, with completions recorded as SCORM.
/// </summary>
public sealed class ScormLaunchOpening(AppDbContext db, ScormTokens tokens, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider clock)
{
    public async Task<(string? ModuleSlug, ScormRefusal? Refusal)> OpenAsync(HttpContext http, string token, CancellationToken cancellationToken)
    {
        var launchId = tokens.LaunchOf(token);
        var launch = launchId is null ? null : await db.ScormLaunches.AsNoTracking().SingleOrDefaultAsync(l => l.Id == launchId, cancellationToken);
        if (launch is null)
        {
            return (null, await RefuseAsync(ScormRefusal.Tampered, "unknown", "the link's token does not decrypt to a launch"));
        }

        var target = await db.ScormRegistrations.AsNoTracking().Where(r => r.Id == launch.RegistrationId)
            .Join(db.ScormDispatches, r => r.DispatchId, d => d.Id, (r, d) => new { Registration = r, Dispatch = d })
            .Join(db.Modules, x => x.Dispatch.ModuleId, m => m.Id, (x, m) => new { x.Registration, x.Dispatch, m.Slug })
            .SingleAsync(cancellationToken);
        var subject = $"registration {target.Registration.Id} of dispatch {target.Dispatch.Id}";
        if (target.Dispatch.DeletedAtUtc is not null || !target.Dispatch.Enabled)
        {
            var refusal = target.Dispatch.DeletedAtUtc is not null ? ScormRefusal.Withdrawn : ScormRefusal.Disabled;
            return (null, await RefuseAsync(refusal, subject, refusal.Title));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (launch.UsedAtUtc is not null || launch.ExpiresAtUtc <= now)
        {
            return (null, await RefuseAsync(ScormRefusal.Used, subject, launch.UsedAtUtc is null ? "expired" : "already used"));
        }

        if (!ScormBinding.Matches(http.Request.Cookies[ScormBinding.CookieName], launch.BindingHash))
        {
            return (null, await RefuseAsync(ScormRefusal.OtherLearner, subject, "opened without the browser binding of the launch request"));
        }

        // Single use, settled by the database: of two requests with the same link, one updates the row.
        var claimed = await db.ScormLaunches.Where(l => l.Id == launch.Id && l.UsedAtUtc == null && l.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAtUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return (null, await RefuseAsync(ScormRefusal.Used, subject, "used by a concurrent request"));
        }

        var user = await signIn.UserManager.FindByIdAsync(target.Registration.UserId) ?? throw new InvalidOperationException($"The account of {subject} is missing.");
        EmbeddedSession.Begin(http, launch.Origin);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [EmbeddedSession.ClaimFor(launch.Origin), CompletionChannels.For(CompletionChannel.Scorm)]);
        await audit.RecordNowAsync("sign-in.succeeded", user.Email!, $"SCORM launch, {subject}, framed by {launch.Origin}");
        return (target.Slug, null);
    }

    private async Task<ScormRefusal> RefuseAsync(ScormRefusal refusal, string subject, string why)
    {
        await audit.RecordNowAsync("scorm.launch-refused", subject, $"{refusal.Title}: {why}");
        return refusal;
    }
}
