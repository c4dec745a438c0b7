using System.Security.Cryptography;
using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Lti;

/// <summary>The parameters of a third-party initiated login (LTI Core 1.3 §5.1.1, OIDC third-party initiated login).</summary>
public sealed record LtiLoginRequest(string? Iss, string? LoginHint, string? TargetLinkUri, string? LtiMessageHint, string? ClientId, string? DeploymentId);

public sealed record LtiLoginResult(string? RedirectUrl, string? State, string? Refusal, LtiRegistration? Registration);

/// <summary>
/// Starts the launch: finds the registration, remembers a fresh state and nonce in the database (so the platform's
/// answer may reach any instance) and sends the browser to the platform's authentication URL.
/// </summary>
public sealed class LtiLogin(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<LtiOptions> options)
{
    public async Task<LtiLoginResult> StartAsync(LtiLoginRequest request, string redirectUri, CancellationToken cancellationToken)
    {
        var issuer = request.Iss?.Trim().TrimEnd('/');
        var candidates = await db.LtiRegistrations.AsNoTracking().Where(r => r.Issuer == issuer).ToListAsync(cancellationToken);
        // Platforms that register one tool several times tell which by client_id; one registration needs no hint.
        var registration = request.ClientId is { Length: > 0 } clientId ? candidates.SingleOrDefault(r => r.ClientId == clientId) : candidates.Count == 1 ? candidates[0] : null;
        var refusal = registration switch
        {
            null when candidates.Count == 0 => $"the platform {issuer ?? "(no iss)"} is not registered with this site",
            null => "the platform did not say which of its registrations (client_id) this login is for",
            { Enabled: false } => $"launches from {registration.Name} are turned off",
            _ when string.IsNullOrEmpty(request.LoginHint) => "the login has no login_hint",
            _ when request.DeploymentId is { Length: > 0 } d && !registration.Deployments.Contains(d) => $"the deployment id {d} is not registered for {registration.Name}",
            _ => null,
        };
        if (refusal is not null)
        {
            await audit.RecordNowAsync("lti.login-refused", issuer ?? "(no issuer)", refusal);
            return new LtiLoginResult(null, null, refusal, registration);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.LtiLoginStates.Where(s => s.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);
        var state = new LtiLoginState { State = Random(), Nonce = Random(), RegistrationId = registration!.Id, ExpiresAtUtc = now.AddMinutes(options.Value.LoginMinutes) };
        db.LtiLoginStates.Add(state);
        await db.SaveChangesAsync(cancellationToken);

        var parameters = new Dictionary<string, string?>
        {
            ["scope"] = "openid",
            ["response_type"] = "id_token",
            ["response_mode"] = "form_post",
            ["prompt"] = "none",
            ["client_id"] = registration.ClientId,
            ["redirect_uri"] = redirectUri,
            ["login_hint"] = request.LoginHint,
            ["state"] = state.State,
            ["nonce"] = state.Nonce,
        };
        if (!string.IsNullOrEmpty(request.LtiMessageHint))
        {
            parameters["lti_message_hint"] = request.LtiMessageHint;
        }

        return new LtiLoginResult(QueryHelpers.AddQueryString(registration.AuthUrl, parameters), state.State, null, registration);
    }

    private static string Random() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
