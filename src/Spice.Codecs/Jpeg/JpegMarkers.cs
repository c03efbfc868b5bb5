using System.Buffers.Binary;

namespace Spice.Codecs.Jpeg;

/// <summary>
/// The marker segments around the entropy-coded data of a baseline JFIF picture (T.81 annex B, JFIF 1.01):
/// SOI, APP0, DQT (both tables), SOF0, DHT (four tables), SOS, and later EOI.
/// </summary>
internal static class JpegMarkers
{
    private const byte Soi = 0xD8;
    public const byte Eoi = 0xD9;
    private const byte App0 = 0xE0;
    private const byte Dqt = 0xDB;
    private const byte Sof0 = 0xC0;
    private const byte Dht = 0xC4;
    private const byte Sos = 0xDA;

    /// <summary>Bytes <see cref="WriteHeader"/> writes: SOI 2, APP0 18, DQT 134, SOF0 19, DHT 420, SOS 14.</summary>
    public const int HeaderLength = 2 + 18 + 134 + 19 + 420 + 14;

    public const int TrailerLength = 2;

    /// <summary>Writes everything before the scan data; tables are in natural order and go out zigzagged.</summary>
    public static void WriteHeader(Span<byte> dest, int width, int height, ReadOnlySpan<byte> lumaTable, ReadOnlySpan<byte> chromaTable)
    {
        int at = 0;
        Marker(dest, ref at, Soi);

        // APP0 "JFIF\0", version 1.01, no density units, 1:1 aspect, no thumbnail.
        Segment(dest, ref at, App0, 16);
        "JFIF\0"u8.CopyTo(dest[at..]);
        at += 5;
        ReadOnlySpan<byte> jfif = [1, 1, 0, 0, 1, 0, 1, 0, 0];
        jfif.CopyTo(dest[at..]);
        at += jfif.Length;

        // DQT: 8-bit precision (Pq 0), table 0 luminance, table 1 chrominance.
        Segment(dest, ref at, Dqt, 2 + (2 * 65));
        QuantTable(dest, ref at, 0, lumaTable);
        QuantTable(dest, ref at, 1, chromaTable);

        // SOF0: 8-bit samples, three components; Y samples 2x2 per MCU with table 0, Cb and Cr 1x1 with table 1.
        Segment(dest, ref at, Sof0, 17);
        dest[at++] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(dest[at..], (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(dest[(at + 2)..], (ushort)width);
        at += 4;
        ReadOnlySpan<byte> components = [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
        components.CopyTo(dest[at..]);
        at += components.Length;

        Segment(dest, ref at, Dht, 2 + (4 * 17) + 12 + 12 + 162 + 162);
        HuffmanTable(dest, ref at, 0x00, JpegHuffmanTable.LuminanceDc);
        HuffmanTable(dest, ref at, 0x10, JpegHuffmanTable.LuminanceAc);
        HuffmanTable(dest, ref at, 0x01, JpegHuffmanTable.ChrominanceDc);
        HuffmanTable(dest, ref at, 0x11, JpegHuffmanTable.ChrominanceAc);

        // SOS: all three components in one interleaved scan; Y uses DC/AC tables 0, Cb and Cr tables 1; Ss 0, Se 63, Ah/Al 0.
        Segment(dest, ref at, Sos, 12);
        ReadOnlySpan<byte> scan = [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0];
        scan.CopyTo(dest[at..]);
        at += scan.Length;
        if (at != HeaderLength)
        {
            throw new InvalidOperationException($"JPEG header is {at} bytes, expected {HeaderLength}");
        }
    }

    public static void WriteTrailer(Span<byte> dest)
    {
        int at = 0;
        Marker(dest, ref at, Eoi);
    }

    private static void Marker(Span<byte> dest, ref int at, byte marker)
    {
        dest[at] = 0xFF;
        dest[at + 1] = marker;
        at += 2;
    }

    /// <summary>A marker and its length field, which counts itself but not the marker.</summary>
    private static void Segment(Span<byte> dest, ref int at, byte marker, int length)
    {
        Marker(dest, ref at, marker);
        BinaryPrimitives.WriteUInt16BigEndian(dest[at..], (ushort)length);
        at += 2;
    }

    private static void QuantTable(Span<byte> dest, ref int at, byte id, ReadOnlySpan<byte> natural)
    {
        dest[at++] = id;
        for (int k = 0; k < 64; k++)
        {
            dest[at++] = natural[JpegZigzag.Natural[k]];
        }
    }

    private static void HuffmanTable(Span<byte> dest, ref int at, byte classAndId, JpegHuffmanTable table)
    {
        dest[at++] = classAndId;
        table.Counts.CopyTo(dest[at..]);
        at += 16;
        table.Symbols.CopyTo(dest[at..]);
        at += table.Symbols.Length;
    }
}
