namespace CE.Platform.Testing;

/// <summary>The app with http:// issuers allowed, for the provider on loopback.</summary>
public abstract class SsoAppFixture(DatabaseKind kind) : AppFixture(kind)
{
    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["Sso:AllowHttpIssuers"] = "true",
        // Coordinators need two factors here, so the tests can see provider MFA satisfy the rule.
        ["Security:RequireTwoFactorForRoles"] = "Coordinator",
    };
}

public sealed class SqliteSsoAppFixture() : SsoAppFixture(DatabaseKind.Sqlite);

public sealed class PostgreSqlSsoAppFixture() : SsoAppFixture(DatabaseKind.PostgreSql);
