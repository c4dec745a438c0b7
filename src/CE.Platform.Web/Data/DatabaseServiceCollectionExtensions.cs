using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AppDbContext"/> as the subclass of the configured provider.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<AppDbContext, PostgreSqlAppDbContext>(options => options.UseNpgsql(
                    settings.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3)));
                break;
            default:
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(options => options.UseSqlite(settings.ConnectionString));
                break;
        }

        services.AddScoped<DatabasePreparation>();
        return services;
    }
}
