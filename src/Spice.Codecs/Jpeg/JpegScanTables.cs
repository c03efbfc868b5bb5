namespace Spice.Codecs.Jpeg;

/// <summary>The DCT multipliers of both quantization tables, in caller-owned (pinned) memory for the scan.</summary>
internal readonly unsafe struct JpegScanTables
{
    public JpegScanTables(float* memory, ReadOnlySpan<byte> lumaTable, ReadOnlySpan<byte> chromaTable)
    {
        Luma = memory;
        Chroma = memory + 64;
        JpegForwardDct.BuildMultipliers(lumaTable, new Span<float>(Luma, 64));
        JpegForwardDct.BuildMultipliers(chromaTable, new Span<float>(Chroma, 64));
    }

    /// <summary>64 multipliers for Y blocks.</summary>
    public float* Luma { get; }

    /// <summary>64 multipliers for Cb and Cr blocks.</summary>
    public float* Chroma { get; }
}
