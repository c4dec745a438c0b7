using System.Net;
using System.Net.Sockets;

namespace CE.Platform.Testing;

/// <summary>Ports on the loopback address for servers the tests start (providers, app instances, nginx).</summary>
public static class LoopbackPorts
{
    /// <summary>A port that was free a moment ago: the system's pick for a listener that is then closed.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
