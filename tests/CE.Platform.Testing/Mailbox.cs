using System.Text.RegularExpressions;
using MimeKit;

namespace CE.Platform.Testing;

/// <summary>Reads the .eml files the app writes to its pickup folder, as a person reads their inbox.</summary>
public sealed partial class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> To(string address)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The newest message to <paramref name="address"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string subject, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var match = To(address).LastOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No email to {address} with subject containing '{subject}' arrived in {folder}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The path and query of the first link in the message that goes to <paramref name="pathPrefix"/>.</summary>
    public static string LinkTo(MimeMessage message, string pathPrefix)
    {
        foreach (Match match in LinkPattern().Matches(message.TextBody ?? ""))
        {
            // A name in the greeting may hold something URL-like that is no address.
            if (Uri.TryCreate(match.Value, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                return uri.PathAndQuery;
            }
        }

        throw new InvalidOperationException($"No link to {pathPrefix} in the message '{message.Subject}'.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
