using System.Security.Cryptography;

namespace Spice.TestSupport.Peers;

/// <summary>Paths of the built test guest (see scripts/guest/build-guest.sh).</summary>
public sealed record GuestImage(string Directory, string Kernel, string Initrd, string Photo)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static GuestImage? built;

    /// <summary>Build time of the last call that actually ran the builder (null if the cache was reused).</summary>
    public static TimeSpan? LastBuildTime { get; private set; }

    /// <summary>
    /// Builds the guest into $SPICE_GUEST_DIR (default /var/tmp/spice-dotnet-guest) unless that folder already
    /// holds a build of the current scripts (a hash of scripts/guest is kept in .stamp). Serialised across
    /// processes with flock. Bounded at 15 minutes (a fresh machine downloads a 70 MB kernel package).
    /// </summary>
    public static async Task<GuestImage> EnsureBuiltAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (built is not null)
            {
                return built;
            }
            var dir = Environment.GetEnvironmentVariable("SPICE_GUEST_DIR");
            dir = string.IsNullOrEmpty(dir) ? "/var/tmp/spice-dotnet-guest" : dir;
            var image = new GuestImage(dir, Path.Combine(dir, "vmlinuz"), Path.Combine(dir, "initrd.img"), Path.Combine(dir, "photo.png"));
            var scripts = Path.Combine(PeerTools.RepoRoot, "scripts", "guest");
            var stamp = ScriptsHash(scripts);
            var stampFile = Path.Combine(dir, ".stamp");
            if (!image.IsComplete() || !File.Exists(stampFile) || File.ReadAllText(stampFile).Trim() != stamp)
            {
                PeerTools.Require("flock", "bash", "apt-get", "dpkg-deb", "cpio", "depmod", "convert");
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dir))!);
                var log = Path.Combine(PeerTools.ArtifactsRoot, "guest-build.log");
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var r = await ProcessRunner.RunAsync("flock",
                    [dir + ".lock", "bash", Path.Combine(scripts, "build-guest.sh"), dir], TimeSpan.FromMinutes(15));
                LastBuildTime = sw.Elapsed;
                await File.WriteAllTextAsync(log, r.StdOut + r.StdErr);
                if (!r.Succeeded || !image.IsComplete())
                {
                    throw new InvalidOperationException($"guest build failed (log {log}): {r.Describe()}");
                }
                await File.WriteAllTextAsync(stampFile, stamp);
            }
            built = image;
            return image;
        }
        finally
        {
            Gate.Release();
        }
    }

    private bool IsComplete() => File.Exists(Kernel) && File.Exists(Initrd) && File.Exists(Photo);

    private static string ScriptsHash(string scripts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in System.IO.Directory.EnumerateFiles(scripts, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(scripts, f)));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
