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
        var header = ReadUnchecked(source);
        header.Validate();
        return header;
    }

    /// <summary>
    /// Parses the fields without judging them, for a server that answers some bad headers
    /// differently (spice-server does not reply to a major version of 0); then <see cref="Validate"/>.
    /// </summary>
    public static LinkHeader ReadUnchecked(ReadOnlySpan<byte> source)
    {
        if (source.Length < WireSize)
        {
            throw new SpiceProtocolException($"link header needs {WireSize} bytes, got {source.Length}", LinkError.InvalidData);
        }

        return new LinkHeader(
            BinaryPrimitives.ReadUInt32LittleEndian(source),
            BinaryPrimitives.ReadUInt32LittleEndian(source[4..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[8..]),
            BinaryPrimitives.ReadUInt32LittleEndian(source[12..]));
    }

    /// <summary>Checks magic, major version and size, in that order, throwing with the link error to answer with.</summary>
    public void Validate()
    {
        if (Magic != SpiceMagic)
        {
            throw new SpiceProtocolException($"bad link magic 0x{Magic:x8}", LinkError.InvalidMagic);
        }

        if (MajorVersion != VersionMajor)
        {
            throw new SpiceProtocolException($"unsupported protocol major version {MajorVersion}", LinkError.VersionMismatch);
        }

        if (Size > ProtocolLimits.MaxLinkMessageSize)
        {
            throw new SpiceProtocolException($"link message of {Size} bytes exceeds {ProtocolLimits.MaxLinkMessageSize}", LinkError.InvalidData);
        }
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt32(Magic);
        w.WriteUInt32(MajorVersion);
        w.WriteUInt32(MinorVersion);
        w.WriteUInt32(Size);
    }
}
