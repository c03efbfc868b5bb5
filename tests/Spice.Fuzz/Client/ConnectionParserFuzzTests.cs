using System.Text;
using Spice.Client.Connection;

namespace Spice.Fuzz.Client;

/// <summary>spice:// URIs and .vv files, mutated and random: options or SpiceUriException, nothing else.</summary>
public sealed class ConnectionParserFuzzTests
{
    private static readonly string[] Uris =
    [
        "spice://example.org:5900",
        "spice://[::1]:5930?password=s3cret",
        "spice://host?port=5900&tls-port=5901",
        "spice+tls://host:5901",
        "spice+unix:///run/spice.sock",
        "spice://10.0.0.1/?port=5900",
    ];

    private const string VirtViewer = "[virt-viewer]\ntype=spice\nhost=192.168.1.2\nport=5900\ntls-port=5901\npassword=pw\ntitle=guest\ndelete-this-file=1\n";

    private const string Alphabet = "spice+tlunx:/?&=[]%@.0123456789abcdef-_ \n\t\r#;\\\0é";

    [Fact]
    public void Mutated_and_random_uris()
    {
        var random = new Random(7);
        var parsed = 0;
        for (var i = 0; i < 30_000; i++)
        {
            var text = i % 3 == 0 ? RandomText(random, 40) : Mutate(random, Uris[random.Next(Uris.Length)]);
            try
            {
                var options = SpiceUri.Parse(text);
                Assert.False(string.IsNullOrEmpty(options.Host) && options.UnixPath is null, text);
                parsed++;
            }
            catch (SpiceUriException)
            {
            }
        }

        Assert.True(parsed > 100, $"only {parsed} parsed");
    }

    [Fact]
    public void Mutated_and_random_vv_files()
    {
        var random = new Random(8);
        var parsed = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 4 == 0 ? RandomText(random, 200) : Mutate(random, VirtViewer);
            try
            {
                _ = VirtViewerFile.Parse(text);
                parsed++;
            }
            catch (SpiceUriException)
            {
            }
        }

        Assert.True(parsed > 100, $"only {parsed} parsed");
    }

    private static string RandomText(Random random, int max)
    {
        var text = new StringBuilder();
        for (var n = random.Next(0, max); n > 0; n--)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string Mutate(Random random, string original)
    {
        var text = new StringBuilder(original);
        for (var round = random.Next(1, 4); round > 0; round--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0 when at < text.Length:
                    text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2 when at < text.Length:
                    text[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    text.Insert(at, random.Next(3) switch { 0 => "99999999", 1 => "-1", _ => "%zz" });
                    break;
            }
        }

        return text.ToString();
    }
}
