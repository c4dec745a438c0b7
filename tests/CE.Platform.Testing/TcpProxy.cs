using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CE.Platform.Testing;

/// <summary>
/// A loopback TCP proxy between the app and its database server, so a test can take the database
/// away (every open connection closed, new ones refused) and bring it back, without stopping a
/// server that other test runs share.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string targetHost;
    private readonly int targetPort;
    private readonly ConcurrentDictionary<TcpClient, byte> open = new();
    private readonly object gate = new();
    private TcpListener? listener;
    private int accepted;

    public TcpProxy(string targetHost, int targetPort)
    {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        Port = LoopbackPorts.Free();
        Restore();
    }

    public int Port { get; }

    /// <summary>A proxy in front of the server of <paramref name="connectionString"/>, and the connection string that goes through it.</summary>
    public static (TcpProxy Proxy, string ConnectionString) InFrontOf(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var proxy = new TcpProxy(builder.Host ?? "127.0.0.1", builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = proxy.Port;
        return (proxy, builder.ToString());
    }

    /// <summary>Connections made through the proxy since it started (to see the app really used it).</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>The database goes away: the port stops listening and every open connection is closed.</summary>
    public void Cut()
    {
        lock (gate)
        {
            listener?.Stop();
            listener = null;
        }

        foreach (var client in open.Keys)
        {
            Close(client);
        }
    }

    /// <summary>The database comes back on the same port.</summary>
    public void Restore()
    {
        lock (gate)
        {
            if (listener is not null)
            {
                return;
            }

            listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _ = AcceptAsync(listener);
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            TcpClient inbound;
            try
            {
                inbound = await from.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return; // cut
            }

            Interlocked.Increment(ref accepted);
            _ = PipeAsync(inbound);
        }
    }

    private async Task PipeAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        open[inbound] = 0;
        open[outbound] = 0;
        try
        {
            await outbound.ConnectAsync(targetHost, targetPort);
            await Task.WhenAny(
                inbound.GetStream().CopyToAsync(outbound.GetStream()),
                outbound.GetStream().CopyToAsync(inbound.GetStream()));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A cut or a closed end: both sides are closed below.
        }
        finally
        {
            Close(inbound);
            Close(outbound);
        }
    }

    private void Close(TcpClient client)
    {
        if (!open.TryRemove(client, out _))
        {
            return; // closed already, by the cut or by the other end
        }

        try
        {
            // Linger 0: a reset, as when a server dies, rather than a polite shutdown.
            client.Client.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        client.Dispose();
    }
}
