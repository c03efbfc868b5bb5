using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages;

/// <summary>
/// Any message whose body is empty in spice.proto ("Empty"): mark, reset, agent_connected,
/// migrate_cancel, ack, mouse_motion_ack, cursor hide, ... Identified by its type alone.
/// </summary>
public sealed record EmptyMessage(ushort MessageType) : ISpiceMessage
{
    public void Write(SpiceWriter w)
    {
    }
}
