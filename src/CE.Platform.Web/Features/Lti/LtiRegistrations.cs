using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Features.Lti;

/// <summary>Reads and saves platform registrations; every save is audited.</summary>
public sealed class LtiRegistrations(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<LtiOptions> options)
{
    public async Task<LtiRegistrationForm?> FormAsync(int id, CancellationToken cancellationToken) =>
        await db.LtiRegistrations.AsNoTracking().Where(r => r.Id == id).Select(r => new LtiRegistrationForm
        {
            Name = r.Name, Issuer = r.Issuer, ClientId = r.ClientId, DeploymentIds = r.DeploymentIds, AuthUrl = r.AuthUrl, TokenUrl = r.TokenUrl,
            JwksUrl = r.JwksUrl, FrameOrigins = r.FrameOrigins, OrganisationId = r.OrganisationId, LinkExistingAccountsByEmail = r.LinkExistingAccountsByEmail, Enabled = r.Enabled,
        }).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Saves a new (<paramref name="id"/> null) or changed registration, or returns the problems and saves nothing.</summary>
    public async Task<(int? Id, IReadOnlyList<(string Field, string Message)> Problems)> SaveAsync(int? id, LtiRegistrationForm form, CancellationToken cancellationToken)
    {
        var problems = LtiRegistrationRules.ProblemsOf(form, options.Value.AllowHttpPlatforms).ToList();
        var issuer = form.Issuer!.Trim().TrimEnd('/');
        var clientId = form.ClientId!.Trim();
        var organisation = await db.Organisations.Where(o => o.Id == form.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            problems.Add((nameof(form.OrganisationId), "Choose the organisation whose members the platform's users become."));
        }

        if (await db.LtiRegistrations.AnyAsync(r => r.Issuer == issuer && r.ClientId == clientId && r.Id != id, cancellationToken))
        {
            problems.Add((nameof(form.ClientId), "Another registration already has this issuer and client ID."));
        }

        var registration = id is null ? null : await db.LtiRegistrations.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (problems.Count > 0 || (id is not null && registration is null))
        {
            return (null, problems);
        }

        registration ??= db.LtiRegistrations.Add(new LtiRegistration { Name = "", Issuer = "", ClientId = "", DeploymentIds = "", AuthUrl = "", TokenUrl = "", JwksUrl = "" }).Entity;
        registration.Name = form.Name!.Trim();
        registration.Issuer = issuer;
        registration.ClientId = clientId;
        registration.DeploymentIds = string.Join('\n', LtiRegistrationRules.Lines(form.DeploymentIds));
        registration.AuthUrl = form.AuthUrl!.Trim();
        registration.TokenUrl = form.TokenUrl!.Trim();
        registration.JwksUrl = form.JwksUrl!.Trim();
        registration.FrameOrigins = string.IsNullOrWhiteSpace(form.FrameOrigins) ? null : string.Join(' ', form.FrameOrigins.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(o => o.TrimEnd('/')));
        registration.OrganisationId = form.OrganisationId;
        registration.LinkExistingAccountsByEmail = form.LinkExistingAccountsByEmail;
        registration.Enabled = form.Enabled;
        registration.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(id is null ? "lti.registration-added" : "lti.registration-changed", registration.Name,
            $"issuer {issuer}; client {clientId}; deployments {registration.DeploymentIds.Replace('\n', ' ')}; auth {registration.AuthUrl}; token {registration.TokenUrl}; " +
            $"keyset {registration.JwksUrl}; organisation {organisation}; link by email {registration.LinkExistingAccountsByEmail}; enabled {registration.Enabled}");
        await db.SaveChangesAsync(cancellationToken);
        return (registration.Id, []);
    }
}
