namespace Spice.TestSupport.Peers;

/// <summary>Where tests leave images and logs to look at after a failure.</summary>
public static class PeerArtifacts
{
    /// <summary>Saves <paramref name="image"/> as ArtifactsRoot/&lt;testName&gt;/&lt;name&gt;.png and returns the path.</summary>
    public static string Save(PeerImage image, string testName, string name) =>
        image.SavePng(Path.Combine(PeerTools.ArtifactsRoot, Sanitize(testName), Sanitize(name) + ".png"));

    private static string Sanitize(string s) =>
        string.Concat(s.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
