using Spice.Codecs.Opus;
using Spice.TestSupport.Audio;

namespace Spice.Codecs.Tests.Audio;

public sealed class AudioPacketDecoderTests
{
    [Fact]
    public void RawAndOpusPacketsDecodeToTheTone()
    {
        var tone = SineWave.Generate(440, 0.5);
        var raw = new AudioPacketDecoder();
        raw.SetEncoding(AudioEncoding.Raw);
        var opus = new AudioPacketDecoder();
        opus.SetEncoding(AudioEncoding.Opus);
        var encoder = new OpusAudioEncoder();
        var rawPacket = new byte[AudioFrame.RawBytes];
        var opusPacket = new byte[AudioFrame.MaxOpusBytes];
        var rawOut = new List<short>();
        var opusOut = new List<short>();
        for (var offset = 0; offset < tone.Length; offset += AudioFrame.Samples)
        {
            var frame = tone.AsSpan(offset, AudioFrame.Samples);
            RawPcm.Write(frame, rawPacket);
            Assert.Equal(AudioPacketError.None, raw.TryDecode(rawPacket, AudioFrame.Channels, out var fromRaw));
            Assert.True(fromRaw.SequenceEqual(frame));
            rawOut.AddRange(fromRaw);

            var length = encoder.Encode(frame, opusPacket);
            Assert.Equal(AudioPacketError.None, opus.TryDecode(opusPacket.AsSpan(0, length), AudioFrame.Channels, out var fromOpus));
            Assert.Equal(AudioFrame.Samples, fromOpus.Length);
            opusOut.AddRange(fromOpus);
        }

        Assert.Equal(tone, rawOut);
        Assert.InRange(ToneAnalysis.DominantFrequency([.. opusOut]), 439, 441);
    }

    [Theory]
    [InlineData(AudioEncoding.Raw, 7, 2, AudioPacketError.Misaligned)]
    [InlineData(AudioEncoding.Raw, 0, 2, AudioPacketError.Misaligned)]
    [InlineData(AudioEncoding.Raw, 6, 2, AudioPacketError.Misaligned)]
    [InlineData(AudioEncoding.Raw, 6, 3, AudioPacketError.None)]
    [InlineData(AudioEncoding.Raw, AudioPacketDecoder.MaxRawBytes + 4, 2, AudioPacketError.Oversized)]
    [InlineData(AudioEncoding.Opus, AudioPacketDecoder.MaxOpusBytes + 1, 2, AudioPacketError.Oversized)]
    [InlineData(AudioEncoding.Opus, 0, 2, AudioPacketError.Corrupt)]
    [InlineData(AudioEncoding.None, 4, 2, AudioPacketError.WrongMode)]
    public void BadPacketsAreRefusedWithTheirReason(AudioEncoding encoding, int length, int channels, AudioPacketError expected)
    {
        var decoder = new AudioPacketDecoder();
        decoder.SetEncoding(encoding);

        var error = decoder.TryDecode(new byte[length], channels, out var samples);

        Assert.Equal(expected, error);
        Assert.Equal(expected == AudioPacketError.None ? length / 2 : 0, samples.Length);
    }

    [Fact]
    public void CorruptOpusLeavesTheDecoderUsable()
    {
        var decoder = new AudioPacketDecoder();
        decoder.SetEncoding(AudioEncoding.Opus);
        var packet = new byte[AudioFrame.MaxOpusBytes];
        var length = new OpusAudioEncoder().Encode(SineWave.Generate(440, 0.01), packet);

        Assert.Equal(AudioPacketError.Corrupt, decoder.TryDecode([0xFF, 0xFF, 0xFF, 0xFF, 0xFF], AudioFrame.Channels, out _));
        Assert.Equal(AudioPacketError.None, decoder.TryDecode(packet.AsSpan(0, length), AudioFrame.Channels, out var samples));
        Assert.Equal(AudioFrame.Samples, samples.Length);
        Assert.Equal("corrupt", AudioPacketDecoder.Describe(AudioPacketError.Corrupt));
    }
}
