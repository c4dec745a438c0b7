using CE.Platform.Testing;

namespace CE.Platform.Tests;

// Integration test classes come in pairs, one per database; each pair's abstract base holds the tests.
public static class Collections
{
    public const string Sqlite = "App on SQLite";
    public const string PostgreSql = "App on PostgreSQL";
}

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteAppFixture>;

[CollectionDefinition(Collections.PostgreSql)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlAppFixture>;
