namespace CE.Platform.Web.Infrastructure.Jobs;

/// <summary>The Hangfire queues. Account mail has its own, so a server (or a test host) can run just that.</summary>
public static class JobQueues
{
    public const string AccountMail = "account-mail";
    public const string Default = "default";

    public static readonly IReadOnlyList<string> All = [AccountMail, Default];
}
