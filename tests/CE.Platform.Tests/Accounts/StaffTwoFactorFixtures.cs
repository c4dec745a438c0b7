using CE.Platform.Testing;

namespace CE.Platform.Tests.Accounts;

/// <summary>The app as production configures it: Admins and Coordinators must enrol a second factor.</summary>
public static class StaffTwoFactor
{
    public const string Sqlite = "App on SQLite, two factors for staff";
    public const string PostgreSql = "App on PostgreSQL, two factors for staff";

    public static readonly IReadOnlyDictionary<string, string?> Settings =
        new Dictionary<string, string?> { ["Security:RequireTwoFactorForRoles"] = "Admin,Coordinator" };
}

public abstract class StaffTwoFactorFixture(DatabaseKind kind) : AppFixture(kind)
{
    protected override IReadOnlyDictionary<string, string?> Overrides => StaffTwoFactor.Settings;
}

public sealed class StaffTwoFactorSqliteFixture() : StaffTwoFactorFixture(DatabaseKind.Sqlite);

public sealed class StaffTwoFactorPostgreSqlFixture() : StaffTwoFactorFixture(DatabaseKind.PostgreSql);

[CollectionDefinition(StaffTwoFactor.Sqlite)]
public sealed class StaffTwoFactorSqliteCollection : ICollectionFixture<StaffTwoFactorSqliteFixture>;

[CollectionDefinition(StaffTwoFactor.PostgreSql)]
public sealed class StaffTwoFactorPostgreSqlCollection : ICollectionFixture<StaffTwoFactorPostgreSqlFixture>;
