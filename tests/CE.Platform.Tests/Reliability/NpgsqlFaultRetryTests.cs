using CE.Platform.Testing;
using CE.Platform.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CE.Platform.Tests.Reliability;

/// <summary>
/// The app's PostgreSQL strategy retries a null reference thrown inside Npgsql (what a connection broken by a
/// database restart now and then throws, see <see cref="NpgsqlFaultRetryingStrategy"/>), and nothing else that
/// is not a database error. The Npgsql fault is a real one: <c>ClearPool(null)</c> dereferences inside Npgsql.
/// </summary>
[Collection(Collections.PostgreSql)]
public sealed class NpgsqlFaultRetryTests(PostgreSqlAppFixture app)
{
    [Fact]
    public async Task A_null_reference_inside_Npgsql_is_retried_and_the_query_then_answers() =>
        Assert.Equal((2, true), await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var attempts = 0;
            var answered = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                if (++attempts == 1)
                {
                    NpgsqlConnection.ClearPool(null!);
                }

                return await db.Modules.AnyAsync();
            });
            return (attempts, answered);
        }));

    [Fact]
    public async Task A_null_reference_in_the_apps_own_code_is_not_retried() =>
        Assert.Equal(1, await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var attempts = 0;
            string? missing = null;
            await Assert.ThrowsAsync<NullReferenceException>(() => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                attempts++;
                await Task.Yield();
                return missing!.Length;
            }));
            return attempts;
        }));
}
