using System.Runtime.CompilerServices;

namespace Spice.Codecs.Lz;

/// <summary>
/// Reading the control stream of the LZ family, shared by <see cref="LzDecoder"/> and the GLZ decoder:
/// checked bytes, extended match lengths and literal runs. <c>format</c> ("LZ", "GLZ") only names the
/// format in error messages.
/// </summary>
internal static class LzControl
{
    /// <summary>The next control-stream byte; running out is <see cref="Truncated"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ReadOnlySpan<byte> src, ref int pos, string format)
    {
        if ((uint)pos >= (uint)src.Length)
        {
            throw Truncated(format);
        }

        return src[pos++];
    }

    /// <summary>Adds a match's length bytes to <paramref name="length"/>: each adds its value, and 255 says another follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ExtendLength(ReadOnlySpan<byte> src, ref int pos, int length, int limit, string format)
    {
        int code;
        do
        {
            code = Next(src, ref pos, format);
            length += code;
            if (length > limit)
            {
                throw Overrun(format);
            }
        }
        while (code == 255);

        return length;
    }

    /// <summary>Checks that a run of <paramref name="units"/> literals (<paramref name="bytes"/> bytes) lies in the stream and fits the <paramref name="room"/> units left in the image.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckLiterals(ReadOnlySpan<byte> src, int pos, int units, int bytes, int room, string format)
    {
        if (src.Length - pos < bytes)
        {
            throw Truncated(format);
        }

        if (room < units)
        {
            throw LiteralOverrun(format);
        }
    }

    // The exceptions are made out of line so the inlined checks stay small in the decoders' hot loops.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static CodecException Truncated(string format) => new($"{format} stream is truncated");

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static CodecException Overrun(string format) => new($"{format} match overruns the image");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CodecException LiteralOverrun(string format) => new($"{format} literal run overruns the image");
}
