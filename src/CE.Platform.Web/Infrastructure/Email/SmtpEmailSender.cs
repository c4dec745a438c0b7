using System.Collections.Concurrent;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CE.Platform.Web.Infrastructure.Email;

/// <summary>
/// Sends through the configured SMTP relay, keeping signed-in connections for the next message: a
/// reminder run of thousands of messages would otherwise pay a connection, TLS handshake and login
/// for each. A kept connection the server has closed meanwhile is replaced once, transparently.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender, IDisposable
{
    // As many as the reminder job sends at once; more would only sit idle.
    public const int MaxIdleConnections = 8;

    private readonly ConcurrentBag<SmtpClient> idle = [];

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = MimeMessageFactory.Create(message, options.Value);
        if (idle.TryTake(out var kept) && kept.IsConnected && await SentAsync(kept, mime, retryIfDropped: true, cancellationToken))
        {
            return;
        }

        // None kept, or the relay dropped it (idle timeout, restart): a fresh connection, once.
        kept?.Dispose();
        await SentAsync(await ConnectAsync(cancellationToken), mime, retryIfDropped: false, cancellationToken);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var client))
        {
            client.Dispose();
        }
    }

    /// <summary>
    /// Sends and keeps the connection. When <paramref name="retryIfDropped"/>, a lost connection answers
    /// false (the caller retries on a fresh one); any other failure disposes it and throws.
    /// </summary>
    private async Task<bool> SentAsync(SmtpClient client, MimeKit.MimeMessage mime, bool retryIfDropped, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(mime, cancellationToken);
        }
        catch (Exception e) when (retryIfDropped && e is ServiceNotConnectedException or IOException or SmtpProtocolException)
        {
            return false;
        }
        catch
        {
            client.Dispose();
            throw;
        }

        Keep(client);
        return true;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var client = new SmtpClient();
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private void Keep(SmtpClient client)
    {
        if (idle.Count < MaxIdleConnections)
        {
            idle.Add(client);
        }
        else
        {
            client.Dispose();
        }
    }
}
