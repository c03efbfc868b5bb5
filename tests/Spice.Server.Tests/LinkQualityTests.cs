using Spice.Client;
using Spice.Client.Connection;
using Spice.Protocol;
using Spice.Server.Display.Codecs;

namespace Spice.Server.Tests;

/// <summary>The connect-time net test measures the link, and the display's auto policy sends photographic areas as JPEG when it is slow.</summary>
public sealed class LinkQualityTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData(5.0, 100_000_000L, false)]
    [InlineData(200.0, null, true)]
    [InlineData(5.0, 2_000_000L, true)]
    [InlineData(null, 10L * 1024 * 1024, false)]
    public void Slow_means_a_long_round_trip_or_under_10_megabits(double? roundTripMs, long? bitsPerSecond, bool slow) =>
        Assert.Equal(slow, LinkQuality.IsSlow(roundTripMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null, bitsPerSecond));

    [Fact]
    public void Bandwidth_is_the_payload_over_the_extra_round_trip()
    {
        Assert.Equal(8_000_000L, LinkQuality.BitsPerSecond(100_000, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(110)));
        Assert.Null(LinkQuality.BitsPerSecond(100_000, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void Auto_policy_sends_photographic_tiles_as_jpeg_only_on_a_slow_link()
    {
        var pixels = new byte[128 * 128 * 4];
        new Random(7).NextBytes(pixels);
        var chooser = new CodecChooser(ImageCodecPolicy.Auto, new Capabilities(), 80);

        chooser.SlowLink = LinkQuality.IsSlow(TimeSpan.FromMilliseconds(2), 1_000_000);
        Assert.IsType<JpegCodec>(chooser.Choose(pixels, 128, 128, 128 * 4));

        chooser.SlowLink = LinkQuality.IsSlow(TimeSpan.FromMilliseconds(2), 1_000_000_000);
        Assert.IsNotType<JpegCodec>(chooser.Choose(pixels, 128, 128, 128 * 4));
    }

    [Fact]
    public async Task The_net_test_at_connect_measures_latency_and_bandwidth()
    {
        await using var server = await TestServer.StartAsync(password: null);
        await using var session = await SpiceSession.ConnectAsync(new SpiceConnectOptions { Host = "127.0.0.1", Port = server.Port, ConnectTimeout = TimeSpan.FromSeconds(10) });
        var client = server.Server.FindSession(session.Main.SessionId);
        Assert.NotNull(client);

        var deadline = Environment.TickCount64 + 10_000;
        while (!client.NetTestDone && Environment.TickCount64 < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(client.NetTestDone, "the net test did not finish in 10 s");
        Assert.NotNull(client.Latency);

        // Loopback is either measurably fast or too fast to measure (null): never slow.
        Assert.True(client.Bandwidth is null || client.Bandwidth > LinkQuality.SlowBitsPerSecond, $"{client.Bandwidth} bit/s on loopback");
        Assert.True(client.Latency < TimeSpan.FromSeconds(1), $"{client.Latency} on loopback");
        Assert.False(client.IsSlowLink(null));
    }
}
