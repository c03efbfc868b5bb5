using System.Buffers.Binary;
using Spice.Protocol.Agent;

namespace Spice.Protocol.Tests.Agent;

public class AgentMessageTests
{
    public static TheoryData<int> Samples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < AgentSamples.All.Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_parse_serialize_gives_identical_bytes(int index)
    {
        var (message, framing) = AgentSamples.All[index];
        var bytes = AgentMessage.Serialize(message, framing);
        var header = AgentMessageHeader.Read(bytes);

        Assert.Equal(AgentLimits.Protocol, header.Protocol);
        Assert.Equal(message.Type, header.Type);
        Assert.Equal((uint)(bytes.Length - AgentMessageHeader.Length), header.Size);
        var parsed = AgentMessage.Parse(header, bytes.AsMemory(AgentMessageHeader.Length), framing);
        Assert.Equal(message.GetType(), parsed.GetType());
        Assert.Equal(bytes, AgentMessage.Serialize(parsed, framing));
    }

    [Fact]
    public void Every_message_type_has_a_sample()
    {
        var covered = AgentSamples.All.Select(s => s.Message.Type).ToHashSet();
        Assert.All(Enum.GetValues<AgentMessageType>(), t => Assert.Contains(t, covered));
    }

    [Fact]
    public void Monitor_config_puts_height_before_width_as_vd_agent_h_does()
    {
        var bytes = AgentMessage.Serialize(new MonitorsConfig(MonitorsConfigFlags.UsePosition, [new MonitorConfig(1280, 800, 32, 1280, -1)]), AgentFraming.Plain);
        var data = bytes.AsSpan(AgentMessageHeader.Length);
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(data));
        Assert.Equal(1u, BinaryPrimitives.ReadUInt32LittleEndian(data[4..]));
        Assert.Equal(800u, BinaryPrimitives.ReadUInt32LittleEndian(data[8..]));
        Assert.Equal(1280u, BinaryPrimitives.ReadUInt32LittleEndian(data[12..]));
        Assert.Equal(32u, BinaryPrimitives.ReadUInt32LittleEndian(data[16..]));
        Assert.Equal(1280, BinaryPrimitives.ReadInt32LittleEndian(data[20..]));
        Assert.Equal(-1, BinaryPrimitives.ReadInt32LittleEndian(data[24..]));
        Assert.Equal(28, data.Length);
    }

    [Fact]
    public void Clipboard_grab_carries_selection_and_serial_only_when_negotiated()
    {
        var grab = new ClipboardGrab(ClipboardSelection.Primary, 0x01020304, [ClipboardType.Utf8Text]);
        Assert.Equal(new byte[] { 1, 0, 0, 0, 4, 3, 2, 1, 1, 0, 0, 0 }, AgentMessage.Serialize(grab, AgentFraming.Full)[AgentMessageHeader.Length..]);
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, AgentMessage.Serialize(grab, AgentFraming.Plain)[AgentMessageHeader.Length..]);
        var parsed = (ClipboardGrab)Parse(AgentMessage.Serialize(grab, AgentFraming.Full), AgentFraming.Full);
        Assert.Equal((ClipboardSelection.Primary, 0x01020304u), (parsed.Selection, parsed.Serial));
        Assert.Equal([ClipboardType.Utf8Text], parsed.Types);
    }

    [Fact]
    public void File_xfer_start_is_a_zero_terminated_glib_key_file()
    {
        var bytes = AgentMessage.Serialize(new FileXferStart(9, " a\tb", 42), AgentFraming.Plain);
        var text = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(AgentMessageHeader.Length + 4));
        Assert.Equal("[vdagent-file-xfer]\nname=\\sa\\tb\nsize=42\n\0", text);
        var parsed = (FileXferStart)Parse(bytes, AgentFraming.Plain);
        Assert.Equal((9u, " a\tb", 42ul), (parsed.Id, parsed.Name, parsed.Size));
    }

    [Fact]
    public void File_xfer_status_details_are_decoded()
    {
        var error = (FileXferStatus)Parse(AgentMessage.Serialize(FileXferStatus.WithError(1, 0, 6), AgentFraming.Plain), AgentFraming.Plain);
        Assert.Equal(((byte)0, 6u), error.ErrorDetail);
        var space = (FileXferStatus)Parse(AgentMessage.Serialize(FileXferStatus.WithNotEnoughSpace(1, 12345), AgentFraming.Plain), AgentFraming.Plain);
        Assert.Equal(12345ul, space.DiskFreeSpace);
        Assert.Null(new FileXferStatus(1, FileXferStatusCode.Error).ErrorDetail);
    }

    [Fact]
    public void Capabilities_round_trip_every_bit()
    {
        var caps = new Capabilities();
        foreach (var cap in Enum.GetValues<AgentCapability>())
        {
            caps.Set(cap);
        }

        var parsed = (AnnounceCapabilities)Parse(AgentMessage.Serialize(new AnnounceCapabilities(false, caps), AgentFraming.Plain), AgentFraming.Plain);
        Assert.False(parsed.Request);
        Assert.All(Enum.GetValues<AgentCapability>(), c => Assert.True(parsed.Caps.Has(c)));
        Assert.Equal(17, (int)AgentCapability.ClipboardGrabSerial);
    }

    [Theory]
    [InlineData(99u)]
    [InlineData(0u)]
    public void Unknown_message_types_are_rejected(uint type)
    {
        var header = new AgentMessageHeader(1, (AgentMessageType)type, 0, 4);
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(header, new byte[4], AgentFraming.Plain));
    }

    [Fact]
    public void Wrong_protocol_and_size_mismatch_are_rejected()
    {
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(new AgentMessageHeader(2, AgentMessageType.MaxClipboard, 0, 4), new byte[4], AgentFraming.Plain));
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(new AgentMessageHeader(1, AgentMessageType.MaxClipboard, 0, 8), new byte[4], AgentFraming.Plain));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_truncation_is_rejected_or_parses_a_prefix_cleanly(int index)
    {
        var (message, framing) = AgentSamples.All[index];
        var bytes = AgentMessage.Serialize(message, framing);
        for (var cut = 0; cut < bytes.Length - AgentMessageHeader.Length; cut++)
        {
            var data = bytes.AsMemory(AgentMessageHeader.Length, cut);
            var header = AgentMessageHeader.Read(bytes) with { Size = (uint)cut };
            try
            {
                AgentMessage.Parse(header, data, framing);
            }
            catch (AgentProtocolException)
            {
            }
        }
    }

    [Fact]
    public void Truncated_fixed_messages_throw_the_agent_exception()
    {
        var header = new AgentMessageHeader(1, AgentMessageType.MouseState, 0, 5);
        var e = Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(header, new byte[5], AgentFraming.Plain));
        Assert.Contains("MouseState", e.Message, StringComparison.Ordinal);
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(header with { Type = AgentMessageType.FileXferStart, Size = 3 }, new byte[3], AgentFraming.Plain));
    }

    [Fact]
    public void Oversized_counts_are_rejected_before_allocating()
    {
        var monitors = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(monitors, 1_000_000);
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(new AgentMessageHeader(1, AgentMessageType.MonitorsConfig, 0, 8), monitors, AgentFraming.Plain));
        var data = new byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(4), ulong.MaxValue);
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(new AgentMessageHeader(1, AgentMessageType.FileXferData, 0, 12), data, AgentFraming.Plain));
        var devices = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(devices, uint.MaxValue);
        Assert.Throws<AgentProtocolException>(() => AgentMessage.Parse(new AgentMessageHeader(1, AgentMessageType.GraphicsDeviceInfo, 0, 4), devices, AgentFraming.Plain));
    }

    private static IAgentMessage Parse(byte[] bytes, AgentFraming framing) =>
        AgentMessage.Parse(AgentMessageHeader.Read(bytes), bytes.AsMemory(AgentMessageHeader.Length), framing);
}
