using Spice.Client;
using Spice.Client.Audio;
using Spice.Client.Connection;
using Spice.Codecs.Opus;
using Spice.Protocol.Messages.Playback;
using Spice.TestSupport.Audio;
using Spice.TestSupport.Peers;
using Xunit.Abstractions;

namespace Spice.Interop.Tests.Audio;

/// <summary>
/// QEMU's spice-server records from our client: the guest records its sound card and plays it
/// straight back, so the tone our client sends as its microphone (raw or Opus) comes back on our
/// playback channel. The guest plays nothing else, so the tone can only have come through QEMU's
/// record path; each case sends its own pitch, so what is left in the guest's pipe from the
/// previous case cannot pass for it.
/// </summary>
public sealed class QemuRecordTests(QemuLoopFixture fixture, ITestOutputHelper output) : IClassFixture<QemuLoopFixture>
{
    /// <summary>Audio judged, taken from the end of what came back, once the loop's latency has passed.</summary>
    private const int JudgedSamples = 2 * AudioFrame.SampleRate * AudioFrame.Channels;

    [Theory]
    [InlineData(false, 660)]
    [InlineData(true, 880)]
    public async Task Our_microphone_reaches_the_guest(bool opus, double tone)
    {
        var qemu = fixture.Qemu;
        await qemu.WaitForSerialAsync("GUEST-LOOP run=", TimeSpan.FromSeconds(90));
        var options = SpiceUri.Parse(qemu.Uri) with { OpusAudio = opus, ConnectTimeout = TimeSpan.FromSeconds(10) };
        await using var session = await SpiceSession.ConnectAsync(options);
        var playback = session.Playback ?? throw new InvalidOperationException("QEMU offered no playback channel");
        var record = session.Record ?? throw new InvalidOperationException("QEMU offered no record channel");
        var heard = new List<short>();
        playback.Audio += (_, samples) =>
        {
            lock (heard)
            {
                heard.AddRange(samples);
            }
        };

        record.Source = new PcmAudioSource(SineWave.Generate(tone, 30));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        short[] last = [];
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            lock (heard)
            {
                last = heard.Count >= JudgedSamples ? heard[^JudgedSamples..].ToArray() : [];
            }

            if (last.Length > 0 && AudioLevel.Rms(last) > 0.01 && Math.Abs(ToneAnalysis.DominantFrequency(last) - tone) <= 2)
            {
                break;
            }
        }

        output.WriteLine($"record {record.Mode}, {record.PacketsSent} packets sent; playback {playback.Mode}, {playback.PacketsDelivered} packets back");
        Assert.True(record.Recording, "QEMU never sent RECORD START: the guest is not recording");
        Assert.Equal(opus ? AudioDataMode.Opus : AudioDataMode.Raw, record.Mode);
        Assert.NotEmpty(last);
        Assert.True(AudioLevel.Rms(last) > 0.01, $"RMS {AudioLevel.Rms(last):F4}: the guest played back silence\n{qemu.ReadSerial()}");
        Assert.InRange(ToneAnalysis.DominantFrequency(last), tone - 2, tone + 2);
    }
}
