using System.Globalization;

namespace Spice.TestSupport.Peers;

/// <summary>spicy-screenshot over TLS: -s TLS_PORT (and -p PORT when given), trusting the test CA through SSL_CERT_FILE.</summary>
public static class SpicyScreenshotTls
{
    public static async Task<ProcessRunnerResult> RunAsync(string host, int? port, int tlsPort, TestCertificates certificates, TimeSpan timeout, string outPpm)
    {
        PeerTools.Require("spicy-screenshot");
        var args = new List<string> { "-h", host, "-s", tlsPort.ToString(CultureInfo.InvariantCulture), "-o", outPpm };
        if (port is not null)
        {
            args.AddRange(["-p", port.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        return await ProcessRunner.RunAsync("spicy-screenshot", args, timeout, QemuTls.TrustEnvironment(certificates));
    }

    /// <summary>The primary surface as spice-gtk saw it over TLS; throws with the tool's output on failure.</summary>
    public static async Task<PeerImage> CaptureAsync(string host, int? port, int tlsPort, TestCertificates certificates, TimeSpan? timeout = null)
    {
        var dir = PeerTools.NewWorkDir("spicy-screenshot-tls");
        var ppm = Path.Combine(dir, "shot.ppm");
        var r = await RunAsync(host, port, tlsPort, certificates, timeout ?? TimeSpan.FromSeconds(60), ppm);
        await File.WriteAllTextAsync(Path.Combine(dir, "output.log"), r.Describe(200));
        if (!r.Succeeded || !File.Exists(ppm))
        {
            throw new InvalidOperationException($"spicy-screenshot over TLS of {host}:{tlsPort} failed: {r.Describe()}");
        }

        return PpmReader.Read(ppm);
    }
}
