using System.Net;
using System.Net.Sockets;

namespace CE.Platform.Testing;

/// <summary>Ports on the loopback address for servers the tests start (providers, app instances, nginx).</summary>
public static class LoopbackPorts
{
    // Below Linux's ephemeral range (32768–60999): a port handed out by the system for a listener that is then
    // closed can be taken as the source port of any outgoing connection before the server binds it again.
    private const int First = 20000;
    private const int Last = 32767;

    /// <summary>A port that is free now, outside the range the system gives outgoing connections.</summary>
    public static int Free()
    {
        for (var tries = 0; tries < 200; tries++)
        {
            var port = Random.Shared.Next(First, Last + 1);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }
}
