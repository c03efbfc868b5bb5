using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Spice.TestSupport.Peers;

/// <summary>Free TCP ports on 127.0.0.1, and a bounded wait for a port to be listened on.</summary>
public static class FreePort
{
    /// <summary>A port the kernel just handed out for 127.0.0.1 (bound to port 0, read, closed).</summary>
    public static int Get()
    {
        using var l = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        l.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)l.LocalEndPoint!).Port;
    }

    /// <summary>True when some socket is in LISTEN on the port (read from /proc/net/tcp, no connection made).</summary>
    public static bool IsListening(int port)
    {
        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
            {
                continue;
            }
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length > 3 && f[3] == "0A" && f[1].EndsWith(":" + hex, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Waits until the port is listened on; throws with the peer's log tail when it dies or time runs out.</summary>
    public static async Task WaitListeningAsync(int port, TimeSpan timeout, PeerProcess? owner = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!IsListening(port))
        {
            owner?.ThrowIfExited($"waiting for port {port}");
            if (DateTime.UtcNow > deadline)
            {
                var tail = owner is null ? "" : $" Log {owner.LogPath}:\n{owner.LogTail()}";
                throw new TimeoutException($"nothing listens on 127.0.0.1:{port} after {timeout.TotalSeconds} s.{tail}");
            }
            await Task.Delay(100);
        }
    }
}
