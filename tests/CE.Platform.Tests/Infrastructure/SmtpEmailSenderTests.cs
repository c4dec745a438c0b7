using CE.Platform.Testing;
using CE.Platform.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace CE.Platform.Tests.Infrastructure;

/// <summary>The SMTP sender against a real (loopback) SMTP server: connections are kept and survive a relay that drops them.</summary>
public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task Many_messages_eight_at_a_time_share_a_few_connections_and_all_arrive()
    {
        await using var sink = new SmtpSink();
        using var sender = Sender(sink.Port);

        foreach (var batch in Enumerable.Range(1, 40).Chunk(8))
        {
            await Task.WhenAll(batch.Select(i => sender.SendAsync(Message(i))));
        }

        Assert.Equal(40, sink.Messages.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"Reminder {i}").Order(), sink.Messages.Select(SubjectOf).Order());
        Assert.InRange(sink.Connections, 1, SmtpEmailSender.MaxIdleConnections);
    }

    [Fact]
    public async Task A_kept_connection_the_relay_dropped_is_replaced_and_the_message_still_goes()
    {
        await using var sink = new SmtpSink();
        using var sender = Sender(sink.Port);
        await sender.SendAsync(Message(1));

        sink.DropConnections();
        await sender.SendAsync(Message(2));

        Assert.Equal(["Reminder 1", "Reminder 2"], sink.Messages.Select(SubjectOf));
        Assert.Equal(2, sink.Connections);
    }

    [Fact]
    public async Task A_relay_that_is_down_fails_the_send_with_the_reason()
    {
        int port;
        await using (var closed = new SmtpSink())
        {
            port = closed.Port;
        }

        using var sender = Sender(port);

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => sender.SendAsync(Message(1)));
    }

    private static SmtpEmailSender Sender(int port) =>
        new(Options.Create(new EmailOptions { Smtp = { Host = "127.0.0.1", Port = port, Security = "None" } }));

    private static EmailMessage Message(int i) => new($"learner{i}@example.org", null, $"Reminder {i}", "Your module is due.");

    private static string SubjectOf(string message) =>
        message.Split('\n').First(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: ".Length..].Trim();
}
