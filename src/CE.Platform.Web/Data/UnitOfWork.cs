using Microsoft.EntityFrameworkCore;

namespace CE.Platform.Web.Data;

/// <summary>
/// One database transaction run under the provider's execution strategy: when PostgreSQL reports a
/// transient failure the whole unit is retried from a clean change tracker, so nothing half-done is
/// ever committed and nothing stale is saved twice.
/// </summary>
public static class UnitOfWork
{
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        });

    public static Task InTransactionAsync(this AppDbContext db, Func<Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
