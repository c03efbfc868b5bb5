using System.Diagnostics;
using System.Text;

namespace Spice.TestSupport.Peers;

/// <summary>
/// Runs commands with a bounded wait, and starts long-running peers as tracked
/// <see cref="PeerProcess"/>es (own session and process group, output to a log file).
/// </summary>
public static class ProcessRunner
{
    /// <summary>Runs a command to completion (or kills it at the timeout) and captures its output.</summary>
    public static async Task<ProcessRunnerResult> RunAsync(
        string file, IEnumerable<string> args, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? env = null, string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        if (workingDirectory is not null)
        {
            psi.WorkingDirectory = workingDirectory;
        }
        ApplyEnv(psi, env);
        var command = Describe(file, psi.ArgumentList);
        var sw = Stopwatch.StartNew();
        using var p = new Process { StartInfo = psi };
        try
        {
            p.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start `{command}`: {e.Message}. {PeerTools.InstallHint}", e);
        }
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await p.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        // Output pipes may be held open by grandchildren: bound the wait for them too.
        var outText = await BoundedAsync(stdout, TimeSpan.FromSeconds(5));
        var errText = await BoundedAsync(stderr, TimeSpan.FromSeconds(5));
        var exit = p.HasExited ? p.ExitCode : -1;
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessRunnerResult(command, exit, outText, errText, timedOut, sw.Elapsed);
    }

    public static Task<ProcessRunnerResult> RunAsync(string file, TimeSpan timeout, params string[] args) =>
        RunAsync(file, args, timeout);

    /// <summary>
    /// Starts a long-running process in its own session (setsid), so it and everything it starts
    /// can be killed as one process group. Its stdout and stderr go to <paramref name="logPath"/>.
    /// </summary>
    public static PeerProcess Start(
        string name, string file, IEnumerable<string> args, string logPath,
        IReadOnlyDictionary<string, string>? env = null, bool sigkillOnly = false)
    {
        PeerTools.Require("setsid");
        var resolved = PeerTools.Resolve(file) ?? throw new InvalidOperationException(
            $"{name}: `{file}` not found on PATH. {PeerTools.InstallHint}");
        // sh is not a group leader, so `exec setsid` keeps the PID: the PID we get is the peer's own.
        var psi = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("exec setsid \"$0\" \"$@\" >>\"$SPICE_PEER_LOG\" 2>&1 </dev/null");
        psi.ArgumentList.Add(resolved);
        var argList = args.ToList();
        foreach (var a in argList)
        {
            psi.ArgumentList.Add(a);
        }
        ApplyEnv(psi, env);
        psi.Environment["SPICE_PEER_LOG"] = logPath;
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        File.AppendAllText(logPath, $"# {DateTime.Now:HH:mm:ss.fff} {Describe(resolved, argList)}\n");
        var p = Process.Start(psi) ?? throw new InvalidOperationException($"{name}: Process.Start returned null");
        p.StandardInput.Close();
        return new PeerProcess(name, p, logPath, sigkillOnly);
    }

    /// <summary>The last <paramref name="lines"/> lines of a text.</summary>
    public static string Tail(string text, int lines)
    {
        var all = text.TrimEnd().Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    /// <summary>The last lines of a file, or a note that it is missing.</summary>
    public static string TailFile(string path, int lines = 20)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var start = Math.Max(0, fs.Length - 16384);
            fs.Seek(start, SeekOrigin.Begin);
            using var reader = new StreamReader(fs, Encoding.UTF8);
            return Tail(reader.ReadToEnd(), lines);
        }
        catch (IOException e)
        {
            return $"({path}: {e.Message})";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"({path}: {e.Message})";
        }
    }

    internal static string Describe(string file, IEnumerable<string> args) =>
        string.Join(' ', new[] { file }.Concat(args).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));

    private static void ApplyEnv(ProcessStartInfo psi, IReadOnlyDictionary<string, string>? env)
    {
        if (env is null)
        {
            return;
        }
        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }
    }

    private static async Task<string> BoundedAsync(Task<string> read, TimeSpan limit)
    {
        var done = await Task.WhenAny(read, Task.Delay(limit));
        return done == read ? await read : "(output not closed: a child still holds it)";
    }
}
