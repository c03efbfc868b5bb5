namespace Spice.TestSupport.Peers;

/// <summary>Reads binary PPM (P6, maxval up to 255), as spicy-screenshot writes it.</summary>
public static class PpmReader
{
    public static PeerImage Read(string path) => Decode(File.ReadAllBytes(path));

    public static PeerImage Decode(ReadOnlySpan<byte> data)
    {
        var pos = 0;
        var magic = Token(data, ref pos);
        if (magic != "P6")
        {
            throw new InvalidDataException($"not a binary PPM (magic '{magic}')");
        }
        var width = Number(data, ref pos);
        var height = Number(data, ref pos);
        var max = Number(data, ref pos);
        if (width <= 0 || height <= 0 || width > 16384 || height > 16384 || max is <= 0 or > 255)
        {
            throw new InvalidDataException($"unsupported PPM header {width}x{height} maxval {max}");
        }
        pos++; // the single whitespace after maxval
        var need = width * height * 3;
        if (data.Length - pos < need)
        {
            throw new InvalidDataException($"PPM truncated: {data.Length - pos} of {need} pixel bytes");
        }
        var bgra = new byte[width * height * 4];
        for (int s = pos, d = 0; d < bgra.Length; s += 3, d += 4)
        {
            bgra[d] = Scale(data[s + 2], max);
            bgra[d + 1] = Scale(data[s + 1], max);
            bgra[d + 2] = Scale(data[s], max);
            bgra[d + 3] = 255;
        }
        return new PeerImage(width, height, bgra);
    }

    private static byte Scale(byte v, int max) => max == 255 ? v : (byte)(((v * 255) + (max / 2)) / max);

    private static int Number(ReadOnlySpan<byte> data, ref int pos)
    {
        var t = Token(data, ref pos);
        return int.TryParse(t, out var n) ? n : throw new InvalidDataException($"bad PPM header number '{t}'");
    }

    private static string Token(ReadOnlySpan<byte> data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == (byte)'#')
            {
                while (pos < data.Length && data[pos] != (byte)'\n')
                {
                    pos++;
                }
            }
            else if (data[pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                pos++;
            }
            else
            {
                break;
            }
        }
        var start = pos;
        while (pos < data.Length && data[pos] is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
        {
            pos++;
        }
        return System.Text.Encoding.ASCII.GetString(data[start..pos]);
    }
}
