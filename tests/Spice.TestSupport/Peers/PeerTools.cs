namespace Spice.TestSupport.Peers;

/// <summary>Finding peer binaries, the repository, and per-run work folders.</summary>
public static class PeerTools
{
    public const string InstallHint = "Run scripts/install-peers.sh (as root) to install the SPICE peers.";
    private static readonly Lazy<string> ArtifactsLazy = new(CreateArtifactsRoot);

    /// <summary>Fails (throws) with an install hint when any of the binaries is not on PATH.</summary>
    public static void Require(params string[] binaries)
    {
        var missing = binaries.Where(b => Resolve(b) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"required peer program(s) not found on PATH: {string.Join(", ", missing)}. {InstallHint}");
        }
    }

    /// <summary>The full path of a program (absolute paths are checked as they are), or null.</summary>
    public static string? Resolve(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries)
                     .Concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"]))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>True when the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..];
            return state.Length > 0 && state[0] != 'Z' && state[0] != 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The repository root (the folder holding scripts/guest/build-guest.sh).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "scripts", "guest", "build-guest.sh")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException($"no scripts/guest/build-guest.sh above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>
    /// This run's folder for peer logs, configs and failure artifacts:
    /// $SPICE_TEST_ARTIFACTS, else /tmp/spice-dotnet-artifacts/&lt;time&gt;-&lt;pid&gt;.
    /// </summary>
    public static string ArtifactsRoot => ArtifactsLazy.Value;

    /// <summary>A new, empty sub-folder of <see cref="ArtifactsRoot"/> named after <paramref name="prefix"/>.</summary>
    public static string NewWorkDir(string prefix)
    {
        for (var i = 0; ; i++)
        {
            var dir = Path.Combine(ArtifactsRoot, i == 0 ? prefix : $"{prefix}-{i}");
            if (!Directory.Exists(dir))
            {
                Directory.CreateDirectory(dir);
                return dir;
            }
        }
    }

    private static string CreateArtifactsRoot()
    {
        var root = Environment.GetEnvironmentVariable("SPICE_TEST_ARTIFACTS");
        root = string.IsNullOrEmpty(root)
            ? Path.Combine("/tmp/spice-dotnet-artifacts", $"{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}")
            : Path.Combine(root, $"{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        return root;
    }
}
