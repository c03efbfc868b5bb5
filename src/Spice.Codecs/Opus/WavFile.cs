using System.Buffers.Binary;

namespace Spice.Codecs.Opus;

/// <summary>
/// PCM WAV (RIFF, format 1, 16-bit): what `spice record-audio` writes and `spice play-audio` reads.
/// Layout: "RIFF" size "WAVE", "fmt " 16 {format, channels, rate, byte rate, block align, bits},
/// then "data" size samples; other chunks are skipped.
/// </summary>
public static class WavFile
{
    public const int HeaderSize = 44;

    /// <summary>Writes the 44-byte header for <paramref name="dataBytes"/> bytes of S16LE samples.</summary>
    public static void WriteHeader(Span<byte> header, int dataBytes, int sampleRate = AudioFrame.SampleRate, int channels = AudioFrame.Channels)
    {
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], sampleRate * channels * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], (short)(channels * 2));
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[40..], dataBytes);
    }

    public static byte[] Encode(ReadOnlySpan<short> samples, int sampleRate = AudioFrame.SampleRate, int channels = AudioFrame.Channels)
    {
        var bytes = new byte[HeaderSize + (samples.Length * 2)];
        WriteHeader(bytes, samples.Length * 2, sampleRate, channels);
        RawPcm.Write(samples, bytes.AsSpan(HeaderSize));
        return bytes;
    }

    /// <summary>Reads a 16-bit PCM WAV; throws <see cref="CodecException"/> for anything else.</summary>
    public static short[] Decode(ReadOnlySpan<byte> file, out int sampleRate, out int channels)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            throw new CodecException("not a RIFF/WAVE file");
        }

        sampleRate = 0;
        channels = 0;
        var at = 12;
        while (at + 8 <= file.Length)
        {
            var id = file.Slice(at, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file[(at + 4)..]);
            var body = file[(at + 8)..];
            var length = (int)Math.Min(size, (uint)body.Length);
            if (id.SequenceEqual("fmt "u8))
            {
                if (length < 16 || BinaryPrimitives.ReadInt16LittleEndian(body) != 1 || BinaryPrimitives.ReadInt16LittleEndian(body[14..]) != 16)
                {
                    throw new CodecException("only 16-bit PCM WAV is supported");
                }

                channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                sampleRate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (channels <= 0 || sampleRate <= 0)
                {
                    throw new CodecException("WAV data before its fmt chunk");
                }

                var samples = new short[length / 2];
                RawPcm.Read(body[..(samples.Length * 2)], samples);
                return samples;
            }

            at += 8 + length + (length & 1);
        }

        throw new CodecException("WAV file without a data chunk");
    }
}
