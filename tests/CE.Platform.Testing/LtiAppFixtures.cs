namespace CE.Platform.Testing;

/// <summary>
/// The app with http:// platforms allowed (the test platform runs on loopback) and an https public address: the
/// LTI cookies are Secure, so the test clients talk to the app as https://localhost.
/// </summary>
public abstract class LtiAppFixture(DatabaseKind kind) : AppFixture(kind)
{
    public const string PublicUrl = "https://localhost";

    protected override IReadOnlyDictionary<string, string?>? Overrides => new Dictionary<string, string?>
    {
        ["Lti:AllowHttpPlatforms"] = "true",
        ["Site:PublicUrl"] = PublicUrl,
    };
}

public sealed class SqliteLtiAppFixture() : LtiAppFixture(DatabaseKind.Sqlite);

public sealed class PostgreSqlLtiAppFixture() : LtiAppFixture(DatabaseKind.PostgreSql);
