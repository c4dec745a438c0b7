using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CE.Platform.Testing;

/// <summary>
/// A plain SMTP server on a loopback port that accepts every message (no TLS, no login): enough of
/// RFC 5321 for MailKit, counting connections and able to drop them all, as a relay's idle timeout does.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    // Sockets, not TcpClients: a disposed TcpClient's Client is null, and a drop can race a client's own close.
    private readonly ConcurrentDictionary<Socket, byte> open = new();
    private readonly Task accepting;
    private int connections;

    public SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => connections;

    public ConcurrentQueue<string> Messages { get; } = new();

    /// <summary>Closes every open connection without a word, as a relay restart or idle timeout does.</summary>
    public void DropConnections()
    {
        foreach (var socket in open.Keys)
        {
            socket.Close(0); // closing an already closed socket does nothing
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        DropConnections();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            // Small replies in a request/response exchange: with Nagle's algorithm on, reminder runs
            // through this relay took from 7 s to 22 s; without it, steadily about 7 s.
            client.NoDelay = true;
            Interlocked.Increment(ref connections);
            open[client.Client] = 0;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        var socket = client.Client;
        try
        {
            using var _ = client;
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink ready");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    return;
                }

                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go on");
                    var body = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".")
                    {
                        body.AppendLine(data);
                    }

                    Messages.Enqueue(body.ToString());
                }

                await writer.WriteLineAsync(verb == "EHLO" ? "250 sink" : "250 ok");
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection was dropped (by the test or the client): nothing to answer.
        }
        finally
        {
            open.TryRemove(socket, out _);
        }
    }
}
