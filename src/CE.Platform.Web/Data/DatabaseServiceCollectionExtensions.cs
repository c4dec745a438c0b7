using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CE.Platform.Web.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> as the subclass of the configured provider. The settings
    /// are read when first needed, not while services are registered, so every configuration source
    /// (including a test host's) has been added by then.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        // Pooled: the options are built once and a context is reset, not constructed, per request.
        // Interceptors registered in DI (e.g. a test's SQL command counter) are attached to both providers.
        services.AddDbContextPool<SqliteAppDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<DatabaseSettings>().ConnectionString)
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddDbContextPool<PostgreSqlAppDbContext>((sp, options) => options
            .UseNpgsql(PostgreSqlConnectionDefaults.Apply(sp.GetRequiredService<DatabaseSettings>().ConnectionString), npgsql => npgsql.ExecutionStrategy(dependencies => new NpgsqlFaultRetryingStrategy(dependencies, 3)))
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddScoped<AppDbContext>(sp =>
        {
            AppDbContext db = sp.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.PostgreSql
                ? sp.GetRequiredService<PostgreSqlAppDbContext>()
                : sp.GetRequiredService<SqliteAppDbContext>();
            db.CellClock = sp.GetRequiredService<TimeProvider>();
            return db;
        });
        services.AddScoped<DatabasePreparation>();
        return services;
    }
}
