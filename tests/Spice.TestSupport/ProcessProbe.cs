namespace Spice.TestSupport;

/// <summary>What the test process holds, for leak checks: open file descriptors and managed memory after full collections.</summary>
public static class ProcessProbe
{
    public static int OpenHandles() => Directory.GetFiles("/proc/self/fd").Length;

    /// <summary>Managed heap bytes after three collections with finalizers run, so only what is still reachable counts.</summary>
    public static long ManagedMemory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Checks <paramref name="condition"/> every 50 ms until it holds or <paramref name="timeout"/> passes; the caller asserts afterwards.</summary>
    public static async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
    }
}
