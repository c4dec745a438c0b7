using System.Security.Cryptography;
using System.Text;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using CE.Platform.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>A token as the admin page lists it (never the token itself).</summary>
public sealed record ScimTokenRow(int Id, string Name, DateTime CreatedAtUtc, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);

/// <summary>The organisation a valid token speaks for.</summary>
public sealed record ScimCaller(int OrganisationId, int TokenId, string TokenName);

/// <summary>Issues, lists, revokes and checks an organisation's SCIM bearer tokens. Issuing and revoking are audited.</summary>
public sealed class ScimTokens(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int NameLimit = 100;
    private const string Prefix = "scim_";

    /// <summary>Issues a token and returns it: the only time it is ever shown.</summary>
    public async Task<string> IssueAsync(int organisationId, string name, CancellationToken cancellationToken = default)
    {
        var token = Prefix + InvitationTokens.NewToken();
        db.ScimTokens.Add(new ScimToken { OrganisationId = organisationId, Name = name, TokenHash = Hash(token), CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        audit.Record("scim.token-issued", $"organisation {organisationId}", name);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Revokes a token of the organisation; false when there is no such live token.</summary>
    public async Task<bool> RevokeAsync(int organisationId, int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ScimTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.OrganisationId == organisationId && t.RevokedAtUtc == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("scim.token-revoked", $"organisation {organisationId}", token.Name);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<ScimTokenRow>> ListAsync(int organisationId, CancellationToken cancellationToken = default) =>
        db.ScimTokens.AsNoTracking().Where(t => t.OrganisationId == organisationId).OrderByDescending(t => t.CreatedAtUtc)
            .Select(t => new ScimTokenRow(t.Id, t.Name, t.CreatedAtUtc, t.LastUsedAtUtc, t.RevokedAtUtc)).ToListAsync(cancellationToken);

    /// <summary>
    /// The caller of a live token, or null. The token is looked up by its hash (a timing difference could only
    /// reveal a hash prefix, which does not help find a 256-bit token) and then compared in constant time.
    /// </summary>
    public async Task<ScimCaller?> AuthenticateAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token);
        var found = await db.ScimTokens.AsNoTracking().Where(t => t.TokenHash == hash && t.RevokedAtUtc == null).SingleOrDefaultAsync(cancellationToken);
        if (found is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(found.TokenHash), Encoding.ASCII.GetBytes(hash)))
        {
            return null;
        }

        // "Last used" to the minute is enough for the admin page, and spares a write on every request.
        var now = clock.GetUtcNow().UtcDateTime;
        if (found.LastUsedAtUtc is null || now - found.LastUsedAtUtc > TimeSpan.FromMinutes(1))
        {
            await db.ScimTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAtUtc, now), cancellationToken);
        }

        return new ScimCaller(found.OrganisationId, found.Id, found.Name);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
