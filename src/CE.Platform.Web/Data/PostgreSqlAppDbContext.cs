using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
