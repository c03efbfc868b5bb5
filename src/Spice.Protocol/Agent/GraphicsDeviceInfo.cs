using System.Text;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>VDAgentGraphicsDeviceInfo (server to agent): uint32 count, VDAgentDeviceDisplayInfo display_info[count].</summary>
public sealed record GraphicsDeviceInfo(IReadOnlyList<DeviceDisplayInfo> Displays) : IAgentMessage<GraphicsDeviceInfo>
{
    private const int MaxAddress = 1024;

    public AgentMessageType Type => AgentMessageType.GraphicsDeviceInfo;

    public static GraphicsDeviceInfo Read(ref SpiceReader r, AgentFraming framing)
    {
        var count = r.CheckCount(r.ReadUInt32(), 16);
        var displays = new DeviceDisplayInfo[count];
        for (var i = 0; i < count; i++)
        {
            var channelId = r.ReadUInt32();
            var monitorId = r.ReadUInt32();
            var deviceDisplayId = r.ReadUInt32();
            var length = r.ReadUInt32();
            if (length > MaxAddress)
            {
                throw new AgentProtocolException($"device address of {length} bytes");
            }

            var address = r.ReadBytes((ulong)length);
            var end = address.IndexOf((byte)0);
            displays[i] = new DeviceDisplayInfo(channelId, monitorId, deviceDisplayId, Encoding.UTF8.GetString(end < 0 ? address : address[..end]));
        }

        return new GraphicsDeviceInfo(displays);
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32((uint)Displays.Count);
        foreach (var d in Displays)
        {
            var address = Encoding.UTF8.GetBytes(d.DeviceAddress);
            w.WriteUInt32(d.ChannelId);
            w.WriteUInt32(d.MonitorId);
            w.WriteUInt32(d.DeviceDisplayId);
            w.WriteUInt32((uint)address.Length + 1);
            w.WriteBytes(address);
            w.WriteByte(0);
        }
    }
}
