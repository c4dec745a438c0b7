using CE.Platform.Web.Infrastructure.Email;

namespace CE.Platform.Testing;

/// <summary>
/// The app's own sender with a fault a test can arm: the Nth message from then on throws, once,
/// as a mail server dropping the connection would. Registered through DI; production code has no hook.
/// </summary>
public sealed class FaultyEmailSender(IEmailSender inner) : IEmailSender
{
    private int countdown = int.MaxValue;
    private int failures;

    public int Failures => Volatile.Read(ref failures);

    public void FailOnce(int nth) => Volatile.Write(ref countdown, nth);

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref countdown) == 0)
        {
            Interlocked.Increment(ref failures);
            throw new IOException($"Injected fault: the mail server dropped the connection while sending '{message.Subject}'.");
        }

        return inner.SendAsync(message, cancellationToken);
    }
}
