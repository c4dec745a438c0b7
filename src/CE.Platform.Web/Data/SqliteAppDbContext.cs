using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    // SQLite ships no Unicode collation; NOCASE folds ASCII letters only.
    public override string NameCollation => "NOCASE";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
