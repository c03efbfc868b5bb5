using System.Runtime.InteropServices;

namespace Spice.TestSupport.Peers;

/// <summary>The two libc calls .NET does not expose: signals to a process group.</summary>
internal static partial class ProcessRunnerNative
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    [LibraryImport("libc.so.6", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    /// <summary>Sends a signal; a negative pid means that process group. Errors (already gone) are ignored.</summary>
    public static void Signal(int pid, int signal) => _ = Kill(pid, signal);
}
