using System.Text.Json.Nodes;

namespace CE.Platform.Web.Features.Provisioning;

/// <summary>
/// The User attributes this service keeps, as a client writes them (POST, PUT, PATCH). Read from JSON
/// with case-insensitive names (RFC 7643 §2.1); attributes it does not keep are ignored on create and
/// replace, and on PATCH only those in <see cref="ScimUserPatch.IgnoredPaths"/> are accepted.
/// </summary>
public sealed record ScimUserValues
{
    public string UserName { get; init; } = "";
    public string? ExternalId { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
    public bool Active { get; init; } = true;

    /// <summary>The name to print on certificates: displayName, else given + family name, else the address.</summary>
    public string FullName => DisplayName is { Length: > 0 } display ? display
        : $"{GivenName} {FamilyName}".Trim() is { Length: > 0 } name ? name
        : Email ?? UserName;

    /// <summary>The address to create or match the account by: the work (or primary, or first) email, else the userName.</summary>
    public string Address => Email is { Length: > 0 } email ? email : UserName;

    public static ScimUserValues FromJson(JsonObject body)
    {
        var name = ScimJson.Child(body, "name") as JsonObject;
        var values = new ScimUserValues
        {
            UserName = ScimJson.String(body, "userName") ?? "",
            ExternalId = ScimJson.String(body, "externalId"),
            GivenName = name is null ? null : ScimJson.String(name, "givenName"),
            FamilyName = name is null ? null : ScimJson.String(name, "familyName"),
            DisplayName = ScimJson.String(body, "displayName"),
            Email = WorkEmail(ScimJson.Child(body, "emails") as JsonArray),
            Active = ScimJson.Child(body, "active") is { } active ? ScimJson.Boolean(active, "active") : true,
        };
        return values.Checked();
    }

    /// <summary>The limits a stored user must meet; a PATCH result is checked the same way before anything is saved.</summary>
    public ScimUserValues Checked()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            throw ScimException.InvalidValue("userName is required.");
        }

        foreach (var (attribute, value, limit) in new[] { ("userName", UserName, 256), ("externalId", ExternalId, 256), ("displayName", DisplayName, 120), ("name.givenName", GivenName, 120), ("name.familyName", FamilyName, 120), ("emails", Email, 256) })
        {
            if (value?.Length > limit)
            {
                throw ScimException.InvalidValue($"{attribute} is longer than {limit} characters.");
            }
        }

        return Address.Contains('@', StringComparison.Ordinal) ? this : throw ScimException.InvalidValue("userName or a work email must be an email address: the person's account is found and created by it.");
    }

    private static string? WorkEmail(JsonArray? emails)
    {
        var all = emails?.OfType<JsonObject>().ToList() ?? [];
        var chosen = all.FirstOrDefault(e => ScimJson.String(e, "type") == "work")
            ?? all.FirstOrDefault(e => ScimJson.Child(e, "primary") is { } primary && ScimJson.Boolean(primary, "primary"))
            ?? all.FirstOrDefault();
        return chosen is null ? null : ScimJson.String(chosen, "value");
    }
}
