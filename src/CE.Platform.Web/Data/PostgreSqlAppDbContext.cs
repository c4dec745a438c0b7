using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    // ICU's root collation, present wherever PostgreSQL is built with ICU (Debian, the official images).
    public override string NameCollation => "und-x-icu";
}
