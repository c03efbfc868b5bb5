using Spice.TestSupport.Peers;

namespace Spice.Interop.Tests.Client;

/// <summary>Runs our `spice` command as its own process, the way a user would.</summary>
internal static class SpiceCli
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "spice.dll");

    public static Task<ProcessRunnerResult> RunAsync(TimeSpan timeout, params string[] args) =>
        ProcessRunner.RunAsync("dotnet", [Dll, .. args], timeout);

    /// <summary>`spice screenshot`, asserting success, returning the image.</summary>
    public static async Task<PeerImage> ScreenshotAsync(string uri, string name, params string[] extra)
    {
        var path = Path.Combine(PeerTools.NewWorkDir("client-shot"), name + ".png");
        var result = await RunAsync(TimeSpan.FromSeconds(90), ["screenshot", uri, "-o", path, .. extra]);
        Assert.True(result.Succeeded, result.Describe());
        return PeerImage.FromFile(path);
    }
}
