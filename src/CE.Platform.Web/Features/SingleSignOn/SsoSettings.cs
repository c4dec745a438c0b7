using CE.Platform.Web.Data;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>Reads and saves an organisation's single sign-on settings; a save checks the provider first and is audited.</summary>
public sealed class SsoSettings(AppDbContext db, DiscoveryCheck discovery, ClientSecretProtector secrets, AuditLog audit, TimeProvider clock)
{
    public async Task<SsoSettingsForm> CurrentAsync(int organisationId, CancellationToken cancellationToken)
    {
        var connection = await db.SsoConnections.AsNoTracking().SingleOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        var domains = await DomainsOfAsync(organisationId, cancellationToken);
        return connection is null
            ? new SsoSettingsForm()
            : new SsoSettingsForm
            {
                Issuer = connection.Issuer,
                ClientId = connection.ClientId,
                Domains = string.Join('\n', domains),
                MfaAcrValues = connection.MfaAcrValues,
                RequireSso = connection.RequireSso,
                Enabled = connection.Enabled,
            };
    }

    public Task<bool> SecretIsSetAsync(int organisationId, CancellationToken cancellationToken) =>
        db.SsoConnections.AnyAsync(c => c.OrganisationId == organisationId, cancellationToken);

    /// <summary>Saves the settings, or returns the problems (field name → message) and saves nothing.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> SaveAsync(int organisationId, string organisationName, SsoSettingsForm form, CancellationToken cancellationToken)
    {
        var problems = new List<(string, string)>();
        var issuer = form.Issuer!.Trim();
        var (domains, domainProblems) = EmailDomains.Parse(form.Domains);
        problems.AddRange(domainProblems.Select(p => (nameof(form.Domains), p)));
        var taken = await db.SsoDomains.AsNoTracking()
            .Where(d => domains.Contains(d.Domain) && d.OrganisationId != organisationId)
            .Select(d => d.Domain)
            .ToListAsync(cancellationToken);
        problems.AddRange(taken.Select(d => (nameof(form.Domains), $"{d} already belongs to another organisation; a domain can belong to one organisation only.")));

        var existing = await db.SsoConnections.SingleOrDefaultAsync(c => c.OrganisationId == organisationId, cancellationToken);
        if (existing is null && string.IsNullOrWhiteSpace(form.ClientSecret))
        {
            problems.Add((nameof(form.ClientSecret), "Enter the client secret."));
        }

        if (problems.Count == 0 && await discovery.ProblemWithAsync(issuer, cancellationToken) is { } discoveryProblem)
        {
            problems.Add((nameof(form.Issuer), discoveryProblem));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var connection = existing ?? db.SsoConnections.Add(new SsoConnection
        {
            OrganisationId = organisationId,
            Issuer = issuer,
            ClientId = "",
            ProtectedClientSecret = "",
        }).Entity;
        connection.Issuer = issuer;
        connection.ClientId = form.ClientId!.Trim();
        if (!string.IsNullOrWhiteSpace(form.ClientSecret))
        {
            connection.ProtectedClientSecret = secrets.Protect(form.ClientSecret.Trim());
        }

        connection.RequireSso = form.RequireSso;
        connection.Enabled = form.Enabled;
        connection.MfaAcrValues = string.IsNullOrWhiteSpace(form.MfaAcrValues) ? null : form.MfaAcrValues.Trim();
        connection.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.SsoDomains.RemoveRange(db.SsoDomains.Where(d => d.OrganisationId == organisationId && !domains.Contains(d.Domain)));
        var kept = await DomainsOfAsync(organisationId, cancellationToken);
        db.SsoDomains.AddRange(domains.Except(kept).Select(d => new SsoDomain { OrganisationId = organisationId, Domain = d }));
        audit.Record("sso.configured", organisationName,
            $"issuer {issuer}; client {connection.ClientId}; domains {string.Join(", ", domains)}; enabled {form.Enabled}; members must use SSO {form.RequireSso}; secret {(string.IsNullOrWhiteSpace(form.ClientSecret) ? "kept" : "replaced")}");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private Task<List<string>> DomainsOfAsync(int organisationId, CancellationToken cancellationToken) =>
        db.SsoDomains.AsNoTracking().Where(d => d.OrganisationId == organisationId).OrderBy(d => d.Domain).Select(d => d.Domain).ToListAsync(cancellationToken);
}
