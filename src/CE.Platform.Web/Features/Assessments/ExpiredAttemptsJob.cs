namespace CE.Platform.Web.Features.Assessments;

/// <summary>Every few minutes: closes attempts whose time ran out, as each module's late policy says.</summary>
public sealed class ExpiredAttemptsJob(AttemptCloser closer, ILogger<ExpiredAttemptsJob> logger)
{
    public const string RecurringJobId = "assessments:close-expired-attempts";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var closed = await closer.CloseAllExpiredAsync(cancellationToken);
        if (closed > 0)
        {
            logger.LogInformation("Closed {Count} expired attempt(s)", closed);
        }

        return closed;
    }
}
