using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Common;

/// <summary>SPICE_MSG_NOTIFY (the proto spells the field visibilty).</summary>
public sealed record Notify : ISpiceMessage<Notify>
{
    public ushort MessageType => (ushort)CommonMessageType.Notify;

    public ulong TimeStamp { get; init; }

    public NotifySeverity Severity { get; init; }

    public NotifyVisibility Visibilty { get; init; }

    public uint What { get; init; }

    public ReadOnlyMemory<byte> Message { get; init; }

    public static Notify Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<Notify>(body);

    public static Notify Read(ref SpiceReader r)
    {
        var timeStamp = r.ReadUInt64();
        var severity = (NotifySeverity)r.ReadUInt32();
        var visibilty = (NotifyVisibility)r.ReadUInt32();
        var what = r.ReadUInt32();
        var messageLen = r.ReadUInt32();
        var message = r.ReadMemory(messageLen);
        return new Notify { TimeStamp = timeStamp, Severity = severity, Visibilty = visibilty, What = what, Message = message };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt64(TimeStamp);
        w.WriteUInt32((uint)Severity);
        w.WriteUInt32((uint)Visibilty);
        w.WriteUInt32(What);
        w.WriteUInt32(checked((uint)Message.Length));
        w.WriteBytes(Message.Span);
    }
}
