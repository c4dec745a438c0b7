using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.SingleSignOn;

/// <summary>An organisation with its provider connection, as read from the database for one request.</summary>
public sealed record SsoProvider(int OrganisationId, string OrganisationName, SsoConnection Connection);

/// <summary>Finds the provider an address or an organisation signs in with. Read from the database every time: SSO requests are few.</summary>
public sealed class SsoDirectory(AppDbContext db)
{
    /// <summary>The enabled provider of the organisation owning the address's domain, or null (password sign-in).</summary>
    public async Task<SsoProvider?> ForEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var domain = EmailDomains.Of(email);
        if (domain is null)
        {
            return null;
        }

        var organisationId = await db.SsoDomains.AsNoTracking().Where(d => d.Domain == domain).Select(d => (int?)d.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        return organisationId is { } id && await ForOrganisationAsync(id, cancellationToken) is { Connection.Enabled: true } provider ? provider : null;
    }

    /// <summary>The organisation's provider, enabled or not (the sign-in steps refuse a disabled one with a clear page).</summary>
    public async Task<SsoProvider?> ForOrganisationAsync(int organisationId, CancellationToken cancellationToken = default) =>
        await db.SsoConnections.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId)
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id, (c, o) => new SsoProvider(o.Id, o.Name, c))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<List<string>> DomainsOfAsync(int organisationId, CancellationToken cancellationToken = default) =>
        db.SsoDomains.AsNoTracking().Where(d => d.OrganisationId == organisationId).Select(d => d.Domain).ToListAsync(cancellationToken);

    /// <summary>Password sign-in is off for this address: its domain's organisation requires single sign-on.</summary>
    public async Task<bool> RequiresSsoAsync(string email, CancellationToken cancellationToken = default) =>
        await ForEmailAsync(email, cancellationToken) is { Connection.RequireSso: true };
}
