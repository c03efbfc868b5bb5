using Spice.Codecs;
using Spice.Codecs.Opus;

namespace Spice.Fuzz.Audio;

/// <summary>
/// Random and mutated Opus packets, random output sizes: the decoder decodes or throws
/// CodecException, nothing else, and keeps decoding good packets afterwards. WAV files likewise.
/// </summary>
public class OpusFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void MutatedOpusPacketsDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        var encoder = new OpusAudioEncoder();
        var decoder = new OpusAudioDecoder();
        var tone = new SineWave(440 + (seed * 100));
        var frame = new short[AudioFrame.Samples];
        var packet = new byte[AudioFrame.MaxOpusBytes];
        var pcm = new short[OpusAudioDecoder.MaxSamples];
        var failures = 0;
        for (var i = 0; i < 3000; i++)
        {
            tone.Fill(frame);
            var length = encoder.Encode(frame, packet);
            var mutated = packet.AsSpan(0, length).ToArray();
            switch (rng.Next(4))
            {
                case 0:
                    mutated[rng.Next(mutated.Length)] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1:
                    mutated = mutated[..rng.Next(mutated.Length + 1)];
                    break;
                case 2:
                    rng.NextBytes(mutated);
                    break;
                default:
                    mutated = [.. mutated, .. new byte[rng.Next(1, 64)]];
                    break;
            }

            var output = pcm.AsSpan(0, rng.Next(2) == 0 ? pcm.Length : rng.Next(pcm.Length + 1));
            try
            {
                var samples = decoder.Decode(mutated, output);
                Assert.InRange(samples, 2, output.Length);
            }
            catch (CodecException)
            {
                failures++;
            }

            var good = decoder.Decode(packet.AsSpan(0, length), pcm);
            Assert.Equal(AudioFrame.Samples, good);
        }

        Assert.True(failures > 0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void MutatedWavFilesDecodeOrThrowCodecException(int seed)
    {
        var rng = new Random(seed);
        var wav = WavFile.Encode(SineWave.Generate(440, 0.05));
        for (var i = 0; i < 20_000; i++)
        {
            var mutated = wav[..rng.Next(wav.Length + 1)];
            for (var flips = rng.Next(1, 4); flips > 0 && mutated.Length > 0; flips--)
            {
                mutated[rng.Next(Math.Min(mutated.Length, 64))] = (byte)rng.Next(256);
            }

            try
            {
                WavFile.Decode(mutated, out _, out _);
            }
            catch (CodecException)
            {
            }
        }
    }
}
