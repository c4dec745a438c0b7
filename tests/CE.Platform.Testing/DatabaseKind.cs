namespace CE.Platform.Testing;

/// <summary>The database an app fixture runs on, and the variable that makes its suite required.</summary>
public sealed record DatabaseKind(string RequiredVariable, Func<Task<(TestDatabase? Database, string? Unavailable)>> CreateAsync)
{
    public static readonly DatabaseKind Sqlite = new("CE_REQUIRE_SQLITE", () => Task.FromResult<(TestDatabase?, string?)>((new SqliteTestDatabase(), null)));

    public static readonly DatabaseKind PostgreSql = new(Requirements.RequirePostgresVariable, async () => await PostgreSqlTestDatabase.TryCreateAsync());
}
