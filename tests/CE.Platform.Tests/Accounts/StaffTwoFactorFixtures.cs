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

public sealed class StaffTwoFactorSqliteFixture : AppFixture
{
    protected override string RequiredVariable => "CE_REQUIRE_SQLITE";

    protected override IReadOnlyDictionary<string, string?> Overrides => StaffTwoFactor.Settings;

    protected override Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        Task.FromResult<(TestDatabase?, string?)>((new SqliteTestDatabase(), null));
}

public sealed class StaffTwoFactorPostgreSqlFixture : AppFixture
{
    protected override string RequiredVariable => Requirements.RequirePostgresVariable;

    protected override IReadOnlyDictionary<string, string?> Overrides => StaffTwoFactor.Settings;

    protected override async Task<(TestDatabase? Database, string? Unavailable)> CreateDatabaseAsync() =>
        await PostgreSqlTestDatabase.TryCreateAsync();
}

[CollectionDefinition(StaffTwoFactor.Sqlite)]
public sealed class StaffTwoFactorSqliteCollection : ICollectionFixture<StaffTwoFactorSqliteFixture>;

[CollectionDefinition(StaffTwoFactor.PostgreSql)]
public sealed class StaffTwoFactorPostgreSqlCollection : ICollectionFixture<StaffTwoFactorPostgreSqlFixture>;
