using System.Buffers.Binary;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>SpiceLinkHeader: magic "REDQ", protocol version 2.2, size of the link message that follows.</summary>
public readonly record struct LinkHeader(uint Magic, uint MajorVersion, uint MinorVersion, uint Size)
{
    public const int WireSize = 16;

    /// <summary>"REDQ" read as a little-endian uint32.</summary>
    public const uint SpiceMagic = 0x51444552;

    public const uint VersionMajor = 2;
    public const uint VersionMinor = 2;

    public static LinkHeader ForSize(int size) => new(SpiceMagic, VersionMajor, VersionMinor, checked((uint)size));

    /// <summary>Parses and validates magic, major version and size (each failure carries the link error to answer with).</summary>
    public static LinkHeader Read(ReadOnlySpan<byte> source)
    {
        if (source.Length < WireSize)
        {
            throw new SpiceProtocolException($"link header needs {WireSize} bytes, got {source.Length}", LinkError.InvalidData);
        }

        var header = new LinkHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(source),
            BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[12..]));
        if (header.Magic != SpiceMagic)
        {
            throw new SpiceProtocolException($"bad link magic 0x{header.Magic:x8}", LinkError.InvalidMagic);
        }

        if (header.MajorVersion != VersionMajor)
        {
            throw new SpiceProtocolException($"unsupported protocol major version {header.MajorVersion}", LinkError.VersionMismatch);
        }

        if (header.Size > ProtocolLimits.MaxLinkMessageSize)
        {
            throw new SpiceProtocolException($"link message of {header.Size} bytes exceeds {ProtocolLimits.MaxLinkMessageSize}", LinkError.InvalidData);
        }

        return header;
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Magic);
        w.WriteUInt32(MajorVersion);
        w.WriteUInt32(MinorVersion);
        w.WriteUInt32(Size);
    }
}
