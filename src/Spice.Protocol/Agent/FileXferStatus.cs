using System.Buffers.Binary;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentFileXferStatusMessage (agent to client): uint32 id, uint32 result, uint8 data[] to the end. With
/// FILE_XFER_DETAILED_ERRORS the data is VDAgentFileXferStatusError (uint8 error_type, uint32 error_code)
/// for Error, VDAgentFileXferStatusNotEnoughSpace (uint64 disk_free_space) for NotEnoughSpace.
/// </summary>
public sealed record FileXferStatus(uint Id, FileXferStatusCode Result, ReadOnlyMemory<byte> Detail = default) : IAgentMessage<FileXferStatus>
{
    /// <summary>VD_AGENT_FILE_XFER_STATUS_ERROR_GLIB_IO: error codes are GIOErrorEnum values.</summary>
    public const byte ErrorTypeGlibIo = 0;

    private const int MaxDetail = 256;

    public AgentMessageType Type => AgentMessageType.FileXferStatus;

    /// <summary>The detailed error (type, code) when the result is Error and the detail is present.</summary>
    public (byte ErrorType, uint ErrorCode)? ErrorDetail =>
        Result == FileXferStatusCode.Error && Detail.Length >= 5
            ? (Detail.Span[0], BinaryPrimitives.ReadUInt32LittleEndian(Detail.Span[1..]))
            : null;

    /// <summary>Free space on the guest disk when the result is NotEnoughSpace and the detail is present.</summary>
    public ulong? DiskFreeSpace =>
        Result == FileXferStatusCode.NotEnoughSpace && Detail.Length >= 8 ? BinaryPrimitives.ReadUInt64LittleEndian(Detail.Span) : null;

    public static FileXferStatus WithError(uint id, byte errorType, uint errorCode)
    {
        var detail = new byte[5];
        detail[0] = errorType;
        BinaryPrimitives.WriteUInt32LittleEndian(detail.AsSpan(1), errorCode);
        return new FileXferStatus(id, FileXferStatusCode.Error, detail);
    }

    public static FileXferStatus WithNotEnoughSpace(uint id, ulong diskFreeSpace)
    {
        var detail = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(detail, diskFreeSpace);
        return new FileXferStatus(id, FileXferStatusCode.NotEnoughSpace, detail);
    }

    public static FileXferStatus Read(ref SpiceReader r, AgentFraming framing)
    {
        var id = r.ReadUInt32();
        var result = (FileXferStatusCode)r.ReadUInt32();
        if (r.Remaining > MaxDetail)
        {
            throw new AgentProtocolException($"file transfer status with {r.Remaining} bytes of detail");
        }

        return new FileXferStatus(id, result, r.ReadRemainingMemory());
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32(Id);
        w.WriteUInt32((uint)Result);
        w.WriteBytes(Detail.Span);
    }
}
