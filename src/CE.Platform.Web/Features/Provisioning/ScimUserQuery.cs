using System.Linq.Expressions;
using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using CE.Platform.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>Reads an organisation's User resources; every query starts from the organisation, so another's id is simply not found.</summary>
public sealed class ScimUserQuery(AppDbContext db, ScimUserJson json)
{
    public async Task<JsonObject> GetAsync(int organisationId, string id, CancellationToken cancellationToken)
    {
        var user = await db.ScimUsers.AsNoTracking().SingleOrDefaultAsync(u => u.OrganisationId == organisationId && u.Id == id, cancellationToken)
            ?? throw ScimException.NotFound($"User {id}");
        return json.Render(user, await StateAsync(user, cancellationToken));
    }

    public async Task<JsonObject> ListAsync(int organisationId, string? filter, ScimPage page, CancellationToken cancellationToken)
    {
        var query = db.ScimUsers.AsNoTracking().Where(u => u.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query = ScimFilter.Parse(filter).Comparisons.Aggregate(query, (q, c) => q.Where(Predicate(c)));
        }

        var total = await query.CountAsync(cancellationToken);
        var users = await query.OrderBy(u => u.CreatedAtUtc).ThenBy(u => u.Id).Skip(page.Skip).Take(page.Count).ToListAsync(cancellationToken);
        var resources = new List<JsonObject>();
        foreach (var user in users)
        {
            resources.Add(json.Render(user, await StateAsync(user, cancellationToken)));
        }

        return page.Response(total, resources);
    }

    public async Task<ScimMembershipState> StateAsync(ScimUser user, CancellationToken cancellationToken) =>
        !user.Active ? ScimMembershipState.Inactive
        : await db.Memberships.AnyAsync(m => m.OrganisationId == user.OrganisationId && m.UserId == user.UserId, cancellationToken) ? ScimMembershipState.Member
        : await db.MembershipInvitations.AnyAsync(i => i.OrganisationId == user.OrganisationId && i.UserId == user.UserId && i.Status == InvitationStatus.Pending, cancellationToken) ? ScimMembershipState.Pending
        : ScimMembershipState.NotMember;

    /// <summary>The filterable attributes: userName and emails case-insensitively (RFC 7643 gives them caseExact false), externalId and id exactly.</summary>
    private static Expression<Func<ScimUser, bool>> Predicate(ScimComparison comparison)
    {
        var value = comparison.Value;
        var upper = value?.ToUpperInvariant();
        return comparison.Path.Key switch
        {
            "username" => u => u.UserNameKey == upper,
            "externalid" => u => u.ExternalId == value,
            "id" => u => u.Id == value,
            "displayname" => u => u.DisplayName == value,
            "active" => value == "true" ? u => u.Active : value == "false" ? u => !u.Active : throw ScimException.InvalidFilter("active compares with true or false."),
#pragma warning disable CA1862 // Translated to SQL upper(): string.Equals with a comparison is not.
            "emails" or "emails.value" or "emails[type eq \"work\"].value" => u => u.Email != null && u.Email.ToUpper() == upper,
#pragma warning restore CA1862
            _ => throw ScimException.InvalidFilter($"Filtering by '{comparison.Path}' is not supported; use userName, externalId, id, displayName, active or emails."),
        };
    }
}
