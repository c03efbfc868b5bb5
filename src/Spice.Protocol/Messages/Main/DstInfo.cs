using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Main;

/// <summary>
/// SpiceMigrationDstInfo: where a migrating client reconnects. Host and certificate subject are
/// pointer fields to NUL-terminated byte strings (sizes include the NUL).
/// </summary>
public sealed record DstInfo
{
    public ushort Port { get; init; }

    public ushort Sport { get; init; }

    public ReadOnlyMemory<byte> HostData { get; init; }

    public ReadOnlyMemory<byte> CertSubjectData { get; init; }

    public static DstInfo Read(ref SpiceReader r, bool hostRequired)
    {
        var port = r.ReadUInt16();
        var sport = r.ReadUInt16();
        var host = ReadString(ref r, hostRequired);
        var cert = ReadString(ref r, false);
        return new DstInfo { Port = port, Sport = sport, HostData = host, CertSubjectData = cert };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16(Port);
        w.WriteUInt16(Sport);
        w.WriteUInt32(checked((uint)HostData.Length));
        w.WritePointer(HostData);
        w.WriteUInt32(checked((uint)CertSubjectData.Length));
        w.WritePointer(CertSubjectData);
    }

    private static ReadOnlyMemory<byte> ReadString(ref SpiceReader r, bool required)
    {
        var size = r.ReadUInt32();
        var offset = r.ReadUInt32();
        if (offset == 0)
        {
            return required ? throw new SpiceProtocolException("migration host pointer is null") : ReadOnlyMemory<byte>.Empty;
        }

        var at = r.At(offset);
        return at.ReadMemory(size);
    }
}
