using System.Text.Json.Nodes;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Features.Lti;

/// <summary>One learner of the LMS course's roster, with what this site knows of them for the launched module.</summary>
public sealed record LtiRosterRow(string Name, string? Email, string Status, LtiContextRow? Here);

/// <summary>The LMS course's learners (NRPS) beside the completions, or why the roster could not be read.</summary>
public sealed record LtiRoster(IReadOnlyList<LtiRosterRow> Learners, string? Problem);

/// <summary>
/// Reads the course roster of the instructor's placement from the LMS when the page is shown (not stored: the LMS is
/// its source) and matches each learner to an account here by the LMS login (issuer and <c>user_id</c>).
/// </summary>
public sealed class LtiRosterQuery(AppDbContext db, LtiServicesClient services)
{
    private const string LearnerRole = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    public async Task<LtiRoster> ForAsync(int linkId, IReadOnlyList<LtiContextRow> known, CancellationToken cancellationToken)
    {
        var link = await db.LtiResourceLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        var registration = link is null ? null : await db.LtiRegistrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == link.RegistrationId, cancellationToken);
        if (link?.NrpsMembershipsUrl is not { } url || registration is null)
        {
            return new LtiRoster([], "the LMS did not offer its roster for this placement (no Names and Role Provisioning Services claim)");
        }

        IReadOnlyList<JsonObject> members;
        try
        {
            members = await services.MembersAsync(registration, url, cancellationToken);
        }
        catch (Exception e) when (e is LtiServiceException or HttpRequestException or TaskCanceledException)
        {
            return new LtiRoster([], e.Message);
        }

        var accounts = await db.UserLogins.AsNoTracking().Where(l => l.LoginProvider == LtiAccounts.LoginProvider(registration.Id))
            .Select(l => new { l.ProviderKey, l.UserId }).ToDictionaryAsync(l => l.ProviderKey, l => l.UserId, StringComparer.Ordinal, cancellationToken);
        var byUser = known.ToDictionary(k => k.UserId, StringComparer.Ordinal);
        var learners = members
            .Where(m => Text(m, "user_id") is not null && (m["roles"] as JsonArray)?.Any(r => Text(r) is LearnerRole) == true)
            .Select(m =>
            {
                var here = accounts.TryGetValue($"{registration.Issuer}|{Text(m, "user_id")}", out var userId) && byUser.TryGetValue(userId, out var row) ? row : null;
                return new LtiRosterRow(Text(m, "name") ?? Text(m, "user_id")!, Text(m, "email"), Text(m, "status") ?? "Active", here);
            })
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new LtiRoster(learners, null);
    }

    private static string? Text(JsonNode? node, string? member = null) =>
        (member is null ? node : node?[member]) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
