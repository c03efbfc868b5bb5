using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>
/// Picks free X display numbers: no /tmp/.X&lt;N&gt;-lock held by a live (non-zombie) process. Locks
/// of dead or zombie servers are removed (PID 1 here does not reap orphans, and X servers treat a
/// zombie's lock as live). Numbers handed out in this process are not handed out again.
/// </summary>
public static class XDisplay
{
    private static readonly HashSet<int> Handed = [];
    private static readonly Lock Gate = new();

    /// <summary>A free display number, starting at a random point in 100..899 to avoid other runs.</summary>
    public static int Allocate()
    {
        lock (Gate)
        {
            var start = Random.Shared.Next(100, 900);
            for (var i = 0; i < 800; i++)
            {
                var n = 100 + ((start - 100 + i) % 800);
                if (!Handed.Contains(n) && IsFree(n))
                {
                    Handed.Add(n);
                    return n;
                }
            }
        }
        throw new InvalidOperationException("no free X display number in 100..899");
    }

    /// <summary>True when no live X server holds display <paramref name="n"/> (stale locks are cleaned).</summary>
    public static bool IsFree(int n)
    {
        var lockFile = $"/tmp/.X{n}-lock";
        var socket = $"/tmp/.X11-unix/X{n}";
        if (!File.Exists(lockFile))
        {
            return !File.Exists(socket) || TryDelete(socket);
        }
        string text;
        try
        {
            text = File.ReadAllText(lockFile).Trim();
        }
        catch (IOException)
        {
            return false;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && PeerTools.IsAlive(pid))
        {
            return false;
        }
        return TryDelete(lockFile) && (!File.Exists(socket) || TryDelete(socket));
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
