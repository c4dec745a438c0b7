using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace CE.Platform.Web.Data;

/// <summary>
/// Npgsql's retrying strategy, which also retries a <see cref="NullReferenceException"/> thrown inside Npgsql.
/// After the database server went away under load, Npgsql 10.0.3 now and then fails a query with one in
/// <c>NpgsqlDataReader.NextResult</c> (seen in the cluster's database restart test after every instance was
/// ready again; a plain Npgsql loop through the same proxy did not reproduce it). It is not a
/// <see cref="System.Data.Common.DbException"/>, so the base strategy would answer the learner with an error
/// page. The pool is cleared first, so the retry does not rent another connection from before the outage.
/// A null reference in the app's own code is not retried.
/// </summary>
public sealed class NpgsqlFaultRetryingStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount)
{
    protected override bool ShouldRetryOn(Exception? exception)
    {
        if (base.ShouldRetryOn(exception))
        {
            return true;
        }

        if (!IsThrownInsideNpgsql(exception))
        {
            return false;
        }

        if (Dependencies.CurrentContext.Context.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return true;
    }

    private static bool IsThrownInsideNpgsql(Exception? exception) =>
        exception is NullReferenceException && exception.TargetSite?.DeclaringType?.Assembly == typeof(NpgsqlConnection).Assembly;
}
