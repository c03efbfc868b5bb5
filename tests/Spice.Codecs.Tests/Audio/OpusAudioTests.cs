using Spice.Codecs.Opus;
using Spice.TestSupport.Audio;

namespace Spice.Codecs.Tests.Audio;

public sealed class OpusAudioTests
{
    [Theory]
    [InlineData(440)]
    [InlineData(1000)]
    [InlineData(3000)]
    public void OpusRoundTripKeepsTheFrequency(double frequency)
    {
        var tone = SineWave.Generate(frequency, 1.0);
        var decoded = RoundTrip(tone, out var bytes);

        Assert.Equal(tone.Length, decoded.Length);
        Assert.InRange(ToneAnalysis.DominantFrequency(decoded), frequency - 1, frequency + 1);
        Assert.True(ToneAnalysis.Purity(decoded[4800..], frequency) > 0.9);
        Assert.True(bytes < tone.Length * 2 / 4, $"Opus took {bytes} bytes for {tone.Length * 2} bytes of PCM");
    }

    [Fact]
    public void EveryPacketFitsTheSpiceLimit()
    {
        var encoder = new OpusAudioEncoder(bitrate: 510_000);
        var noise = new short[AudioFrame.Samples];
        var random = new Random(7);
        var packet = new byte[4000];
        for (var i = 0; i < 50; i++)
        {
            for (var j = 0; j < noise.Length; j++)
            {
                noise[j] = (short)random.Next(short.MinValue, short.MaxValue);
            }

            Assert.InRange(encoder.Encode(noise, packet), 1, AudioFrame.MaxOpusBytes);
        }
    }

    [Fact]
    public void WrongFrameSizeIsRefused()
    {
        var encoder = new OpusAudioEncoder();
        Assert.Throws<ArgumentException>(() => encoder.Encode(new short[100], new byte[AudioFrame.MaxOpusBytes]));
    }

    [Fact]
    public void CorruptPacketsThrowCodecExceptionAndTheDecoderGoesOn()
    {
        var decoder = new OpusAudioDecoder();
        var pcm = new short[OpusAudioDecoder.MaxSamples];
        var random = new Random(3);
        var failures = 0;
        for (var i = 0; i < 200; i++)
        {
            var garbage = new byte[random.Next(0, 600)];
            random.NextBytes(garbage);
            try
            {
                decoder.Decode(garbage, pcm);
            }
            catch (CodecException)
            {
                failures++;
            }
        }

        Assert.True(failures > 0);
        Assert.Throws<CodecException>(() => decoder.Decode([], pcm));

        var tone = SineWave.Generate(440, 0.5);
        var decoded = new short[tone.Length];
        var encoder = new OpusAudioEncoder();
        var packet = new byte[AudioFrame.MaxOpusBytes];
        decoder.Reset();
        for (var at = 0; at < tone.Length; at += AudioFrame.Samples)
        {
            var n = encoder.Encode(tone.AsSpan(at, AudioFrame.Samples), packet);
            Assert.Equal(AudioFrame.Samples, decoder.Decode(packet.AsSpan(0, n), decoded.AsSpan(at)));
        }

        Assert.InRange(ToneAnalysis.DominantFrequency(decoded), 439, 441);
    }

    [Fact]
    public void RawPcmIsLittleEndianS16()
    {
        short[] samples = [1, -2, 0x1234, short.MinValue];
        var bytes = new byte[8];
        Assert.Equal(8, RawPcm.Write(samples, bytes));
        Assert.Equal(new byte[] { 1, 0, 0xFE, 0xFF, 0x34, 0x12, 0x00, 0x80 }, bytes);
        var back = new short[4];
        Assert.Equal(4, RawPcm.Read(bytes, back));
        Assert.Equal(samples, back);
    }

    [Fact]
    public void WavRoundTrip()
    {
        var tone = SineWave.Generate(440, 0.25);
        var file = WavFile.Encode(tone);
        Assert.Equal(WavFile.HeaderSize + (tone.Length * 2), file.Length);
        var back = WavFile.Decode(file, out var rate, out var channels);
        Assert.Equal(48_000, rate);
        Assert.Equal(2, channels);
        Assert.Equal(tone, back);
        Assert.Throws<CodecException>(() => WavFile.Decode("RIFF\0\0\0\0WAVX"u8, out _, out _));
    }

    [Fact]
    public void ToneAnalysisCanTellFrequenciesApart()
    {
        Assert.InRange(ToneAnalysis.DominantFrequency(SineWave.Generate(523.25, 0.5)), 522.5, 524);
        Assert.False(ToneAnalysis.DominantFrequency(SineWave.Generate(450, 0.5)) is > 439 and < 441);
    }

    private static short[] RoundTrip(short[] tone, out int bytes)
    {
        var encoder = new OpusAudioEncoder();
        var decoder = new OpusAudioDecoder();
        var decoded = new short[tone.Length];
        var packet = new byte[AudioFrame.MaxOpusBytes];
        bytes = 0;
        for (var at = 0; at < tone.Length; at += AudioFrame.Samples)
        {
            var n = encoder.Encode(tone.AsSpan(at, AudioFrame.Samples), packet);
            bytes += n;
            decoder.Decode(packet.AsSpan(0, n), decoded.AsSpan(at));
        }

        return decoded;
    }
}
