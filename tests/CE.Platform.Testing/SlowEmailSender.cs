using CE.Platform.Web.Infrastructure.Email;

namespace CE.Platform.Testing;

/// <summary>
/// The app's own sender behind a delay, as a distant SMTP relay answers: a request that sends mail
/// while the visitor waits takes visibly longer than one that does not.
/// </summary>
public sealed class SlowEmailSender(IEmailSender inner, TimeSpan delay) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        await Task.Delay(delay, cancellationToken);
        await inner.SendAsync(message, cancellationToken);
    }
}
