using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentMonitorsConfig (client to agent):
/// <code>
/// uint32 num_of_monitors
/// uint32 flags                       MonitorsConfigFlags
/// VDAgentMonConfig monitors[num]
/// VDAgentMonitorMM sizes[num]        only with FLAG_PHYSICAL_SIZE
/// </code>
/// </summary>
public sealed record MonitorsConfig(MonitorsConfigFlags Flags, IReadOnlyList<MonitorConfig> Monitors, IReadOnlyList<MonitorPhysicalSize>? PhysicalSizes = null)
    : IAgentMessage<MonitorsConfig>
{
    public AgentMessageType Type => AgentMessageType.MonitorsConfig;

    public static MonitorsConfig Read(ref SpiceReader r, AgentFraming framing)
    {
        var count = r.ReadUInt32();
        var flags = (MonitorsConfigFlags)r.ReadUInt32();
        if (count > AgentLimits.MaxMonitors)
        {
            throw new AgentProtocolException($"monitors config with {count} monitors (limit {AgentLimits.MaxMonitors})");
        }

        var monitors = new MonitorConfig[r.CheckCount(count, MonitorConfig.Length)];
        for (var i = 0; i < monitors.Length; i++)
        {
            var height = r.ReadUInt32();
            var width = r.ReadUInt32();
            monitors[i] = new MonitorConfig(width, height, r.ReadUInt32(), r.ReadInt32(), r.ReadInt32());
        }

        MonitorPhysicalSize[]? sizes = null;
        if (flags.HasFlag(MonitorsConfigFlags.PhysicalSize))
        {
            sizes = new MonitorPhysicalSize[r.CheckCount(count, 4)];
            for (var i = 0; i < sizes.Length; i++)
            {
                var height = r.ReadUInt16();
                sizes[i] = new MonitorPhysicalSize(r.ReadUInt16(), height);
            }
        }

        return new MonitorsConfig(flags, monitors, sizes);
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        var flags = PhysicalSizes is null ? Flags & ~MonitorsConfigFlags.PhysicalSize : Flags | MonitorsConfigFlags.PhysicalSize;
        if (PhysicalSizes is not null && PhysicalSizes.Count != Monitors.Count)
        {
            throw new InvalidOperationException("one physical size per monitor");
        }

        w.WriteUInt32((uint)Monitors.Count);
        w.WriteUInt32((uint)flags);
        foreach (var m in Monitors)
        {
            w.WriteUInt32(m.Height);
            w.WriteUInt32(m.Width);
            w.WriteUInt32(m.Depth);
            w.WriteInt32(m.X);
            w.WriteInt32(m.Y);
        }

        foreach (var s in PhysicalSizes ?? [])
        {
            w.WriteUInt16(s.HeightMm);
            w.WriteUInt16(s.WidthMm);
        }
    }
}
