using System.Collections.Concurrent;
using System.Diagnostics;

namespace Spice.TestSupport.Peers;

/// <summary>
/// A long-running process started by <see cref="ProcessRunner.Start"/>: session leader of its own
/// process group, output in <see cref="LogPath"/>. Disposing kills the group and every descendant
/// (SIGTERM, then SIGKILL after a grace period; SIGKILL at once when <c>sigkillOnly</c>) and waits for it.
/// Processes not disposed are killed when the test host exits.
/// </summary>
public sealed class PeerProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, PeerProcess> Live = new();
    private readonly Process _process;
    private readonly bool _sigkillOnly;
    private int _killed;
    private int? _exitCode;
    private bool _disposed;

    static PeerProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var p in Live.Values)
        {
            p.KillNow();
        }
    };

    internal PeerProcess(string name, Process process, string logPath, bool sigkillOnly)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
        _sigkillOnly = sigkillOnly;
        Pid = process.Id;
        Live[Pid] = this;
    }

    public string Name { get; }
    public int Pid { get; }
    public string LogPath { get; }
    public bool HasExited => _disposed || _process.HasExited;
    public int? ExitCode => _disposed ? _exitCode : _process.HasExited ? _process.ExitCode : null;

    /// <summary>The tail of the log, for exception and assertion messages.</summary>
    public string LogTail(int lines = 20) => ProcessRunner.TailFile(LogPath, lines);

    /// <summary>Throws with the log tail if the process has already ended.</summary>
    public void ThrowIfExited(string doing)
    {
        if (HasExited)
        {
            throw new InvalidOperationException(
                $"{Name} (pid {Pid}) exited with {ExitCode} while {doing}. Log {LogPath}:\n{LogTail()}");
        }
    }

    /// <summary>Descendant PIDs, found through /proc (children may have left the process group).</summary>
    public IReadOnlyList<int> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1]);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        var result = new List<int>();
        var frontier = new Queue<int>([Pid]);
        while (frontier.Count > 0)
        {
            var p = frontier.Dequeue();
            foreach (var (child, parent) in parents)
            {
                if (parent == p && !result.Contains(child))
                {
                    result.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }
        return result;
    }

    /// <summary>Kills the process group and descendants, then waits (bounded) for the process.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 1)
        {
            return;
        }
        try
        {
            var tree = Descendants();
            if (!_sigkillOnly && !_process.HasExited)
            {
                Signal(tree, ProcessRunnerNative.SIGTERM);
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
            Signal(tree, ProcessRunnerNative.SIGKILL);
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException($"{Name} (pid {Pid}) survived SIGKILL for 10 s");
            }
            // descendants are not our children (we cannot wait for them): poll until they are dead or zombies
            for (var i = 0; i < 50 && tree.Any(PeerTools.IsAlive); i++)
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            Live.TryRemove(Pid, out _);
            _exitCode = _process.HasExited ? _process.ExitCode : null;
            _disposed = true;
            _process.Dispose();
        }
    }

    private void Signal(IReadOnlyList<int> tree, int signal)
    {
        ProcessRunnerNative.Signal(-Pid, signal);
        ProcessRunnerNative.Signal(Pid, signal);
        foreach (var d in tree)
        {
            ProcessRunnerNative.Signal(d, signal);
        }
    }

    private void KillNow()
    {
        try
        {
            Signal(Descendants(), ProcessRunnerNative.SIGKILL);
            _process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
