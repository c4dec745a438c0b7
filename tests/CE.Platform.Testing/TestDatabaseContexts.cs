using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Testing;

public static class TestDatabaseContexts
{
    /// <summary>A context of the database's own provider, outside any app host (for schema tests).</summary>
    public static AppDbContext CreateContext(this TestDatabase database) => database.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlAppDbContext(
            new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(database.ConnectionString).Options),
        _ => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options),
    };
}
