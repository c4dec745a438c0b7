using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Content;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Lti;

/// <summary>A launch that passed: the message, its registration and organisation, and the module (for a resource link).</summary>
public sealed record LtiAcceptedLaunch(LtiRegistration Registration, string OrganisationName, LtiLaunchMessage Message, ModuleRef? Module, string? ModuleSlug);

public sealed record LtiLaunchResult(LtiAcceptedLaunch? Accepted, string? Refusal, string? FrameAncestors);

/// <summary>
/// The platform's answer to a login (POST /lti/launch): the state is used up, then the id_token and the LTI claims are
/// checked. A refusal is audited and leaves no account, membership or link behind.
/// </summary>
public sealed class LtiLaunch(AppDbContext db, LtiTokenValidation tokens, ModuleDirectory modules, AuditLog audit, TimeProvider clock, IOptions<Infrastructure.SiteOptions> site)
{
    public async Task<LtiLaunchResult> CheckAsync(string? idToken, string? state, string? stateCookie, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var login = state is null ? null : await db.LtiLoginStates.AsNoTracking().SingleOrDefaultAsync(s => s.State == state, cancellationToken);
        // Deleting the row is what makes the state and nonce single-use across instances: only one launch deletes it.
        var used = login is not null && await db.LtiLoginStates.Where(s => s.Id == login.Id).ExecuteDeleteAsync(cancellationToken) == 1;
        var registration = login is null ? null : await db.LtiRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == login.RegistrationId, cancellationToken);
        var refusal = (login, registration) switch
        {
            (null, _) => "the launch's state is unknown or was already used (a replayed or forged launch); start again from the LMS",
            _ when !used => "the launch's state was already used",
            _ when login.ExpiresAtUtc < now => "the login took too long; start again from the LMS",
            _ when stateCookie != state => "the launch did not come back to the browser that started it (state cookie missing or different: a browser that blocks this site's cookies inside the LMS's frame needs the activity set to open in a new window)",
            (_, null or { Enabled: false }) => "launches from this platform are turned off",
            _ when string.IsNullOrEmpty(idToken) => "the platform sent no id_token",
            _ => null,
        };
        if (refusal is not null)
        {
            return await RefuseAsync(registration, registration?.Issuer ?? ClaimedIssuer(idToken), refusal);
        }

        var (token, tokenRefusal) = await tokens.ValidateAsync(idToken!, registration!, login!.Nonce, cancellationToken);
        if (token is null)
        {
            return await RefuseAsync(registration, registration!.Issuer, tokenRefusal!);
        }

        var message = LtiLaunchMessage.From(token);
        if (LtiClaimRules.RefusalOf(message, registration!) is { } claimRefusal)
        {
            return await RefuseAsync(registration, $"{message.Issuer}|{message.Subject}", claimRefusal);
        }

        var organisation = await db.Organisations.Where(o => o.Id == registration!.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        if (message.MessageType == LtiClaims.DeepLinkingRequest)
        {
            return new LtiLaunchResult(new LtiAcceptedLaunch(registration!, organisation, message, null, null), null, LtiRegistrationRules.FrameAncestors(registration!));
        }

        var slug = LtiClaimRules.ModuleSlugOf(message.TargetLinkUri, site.Value.PublicUrl);
        if (slug is null || await modules.FindAsync(slug, cancellationToken) is not { Retired: false } module)
        {
            return await RefuseAsync(registration, $"{message.Issuer}|{message.Subject}",
                slug is null ? $"the target link {message.TargetLinkUri} is not a module address of this site" : $"the module {slug} no longer exists or was retired");
        }

        return new LtiLaunchResult(new LtiAcceptedLaunch(registration!, organisation, message, module, slug), null, LtiRegistrationRules.FrameAncestors(registration!));
    }

    /// <summary>The issuer a token claims before any check, only to file the refusal under it: it proves nothing.</summary>
    private static string ClaimedIssuer(string? idToken)
    {
        try
        {
            return idToken is null ? "(unknown platform)" : new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(idToken).Issuer;
        }
        catch (ArgumentException)
        {
            return "(unknown platform)";
        }
    }

    private async Task<LtiLaunchResult> RefuseAsync(LtiRegistration? registration, string subject, string refusal)
    {
        await audit.RecordNowAsync("lti.launch-refused", subject, $"{registration?.Name ?? "unknown registration"}: {refusal}");
        return new LtiLaunchResult(null, refusal, registration is null ? null : LtiRegistrationRules.FrameAncestors(registration));
    }
}
