using CE.Platform.Web.Infrastructure.Jobs;
using Hangfire;

namespace CE.Platform.Web.Features.Accounts;

/// <summary>
/// Queues account mail for <see cref="AccountEmailJob"/>. The account forms queue one job on every
/// path, for unknown addresses too, and never wait for a mail server: their answer takes the same
/// time whether or not the address has an account.
/// </summary>
public sealed class AccountMailQueue(IBackgroundJobClient jobs)
{
    public void Enqueue(AccountEmail email, string address) =>
        // The address, not a token: links are made when the mail is sent, so no secret sits in job storage.
        jobs.Enqueue<AccountEmailJob>(JobQueues.AccountMail, job => job.SendAsync(email, address, CancellationToken.None));
}
