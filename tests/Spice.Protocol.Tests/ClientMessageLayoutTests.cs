using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Common;
using Spice.Protocol.Messages.Display;
using Spice.Protocol.Messages.Inputs;
using Spice.Protocol.Messages.Main;

namespace Spice.Protocol.Tests;

/// <summary>
/// Every message a client sends that the server reads, laid out by hand from spice.proto's
/// client sections: the class reads the fields from those bytes, writes the same bytes back,
/// and a body cut short anywhere is a protocol error (the server then closes that channel).
/// </summary>
public class ClientMessageLayoutTests
{
    private static readonly (string Name, ChannelType Channel, ushort Type, byte[] Body, ISpiceMessage Expected)[] Cases =
    [
        ("ack_sync { uint32 generation }", ChannelType.Main, (ushort)CommonClientMessageType.AckSync,
            [.. U32(7)], new AckSync { Generation = 7 }),
        ("pong { uint32 id; uint64 timestamp }", ChannelType.Display, (ushort)CommonClientMessageType.Pong,
            [.. U32(0xFFFFFF01), .. U64(0x0102030405060708)], new Pong { Id = 0xFFFFFF01, Timestamp = 0x0102030405060708 }),
        ("disconnecting { uint64 time_stamp; link_err reason (uint32) }", ChannelType.Inputs, (ushort)CommonClientMessageType.Disconnecting,
            [.. U64(99), .. U32((uint)LinkError.PermissionDenied)], new ClientDisconnecting { TimeStamp = 99, Reason = LinkError.PermissionDenied }),
        ("client_info { uint64 cache_size }", ChannelType.Main, (ushort)MainClientMessageType.ClientInfo,
            [.. U64(1 << 20)], new ClientInfo { CacheSize = 1 << 20 }),
        ("mouse_mode_request { mouse_mode (flags16) mode }", ChannelType.Main, (ushort)MainClientMessageType.MouseModeRequest,
            [.. U16(2)], new MouseModeRequest { Mode = MouseMode.Client }),
        ("agent_start { uint32 num_tokens }", ChannelType.Main, (ushort)MainClientMessageType.AgentStart,
            [.. U32(10)], new AgentStart { NumTokens = 10 }),
        ("agent_token { uint32 num_tokens }", ChannelType.Main, (ushort)MainClientMessageType.AgentToken,
            [.. U32(3)], new ClientAgentToken { NumTokens = 3 }),
        ("display init { uint8 pixmap_cache_id; int64 pixmap_cache_size; uint8 glz_dictionary_id; int32 glz_dictionary_window_size }",
            ChannelType.Display, (ushort)DisplayClientMessageType.Init,
            [1, .. U64(20_000_000), 2, .. U32(8_000_000)],
            new DisplayInit { PixmapCacheId = 1, PixmapCacheSize = 20_000_000, GlzDictionaryId = 2, GlzDictionaryWindowSize = 8_000_000 }),
        ("stream_report { stream_id, unique_id, start/end mm_time, num_frames, num_drops (uint32); int32 last_frame_delay; uint32 audio_delay }",
            ChannelType.Display, (ushort)DisplayClientMessageType.StreamReport,
            [.. U32(1), .. U32(2), .. U32(100), .. U32(200), .. U32(30), .. U32(4), .. U32(unchecked((uint)-15)), .. U32(uint.MaxValue)],
            new StreamReport { StreamId = 1, UniqueId = 2, StartFrameMmTime = 100, EndFrameMmTime = 200, NumFrames = 30, NumDrops = 4, LastFrameDelay = -15, AudioDelay = uint.MaxValue }),
        ("preferred_compression { image_compression (enum8) }", ChannelType.Display, (ushort)DisplayClientMessageType.PreferredCompression,
            [4], new PreferredCompression { ImageCompression = ImageCompression.Quic }),
        ("preferred_video_codec_type { uint8 num_of_codecs; video_codec_type codecs[num_of_codecs] }", ChannelType.Display,
            (ushort)DisplayClientMessageType.PreferredVideoCodecType,
            [2, 2, 1], new PreferredVideoCodecType { Codecs = [(byte)VideoCodecType.Vp8, (byte)VideoCodecType.Mjpeg] }),
        ("key_down { uint32 code }", ChannelType.Inputs, (ushort)InputsClientMessageType.KeyDown,
            [.. U32(0x1DE0)], new KeyDown { Code = 0x1DE0 }),
        ("key_up { uint32 code }", ChannelType.Inputs, (ushort)InputsClientMessageType.KeyUp,
            [.. U32(0x9C)], new KeyUp { Code = 0x9C }),
        ("key_modifiers { keyboard_modifier_flags (flags16) modifiers }", ChannelType.Inputs, (ushort)InputsClientMessageType.KeyModifiers,
            [.. U16(6)], new KeyModifiers { Modifiers = KeyboardModifierFlags.NumLock | KeyboardModifierFlags.CapsLock }),
        ("mouse_motion { int32 dx; int32 dy; mouse_button_mask (flags16) buttons_state }", ChannelType.Inputs, (ushort)InputsClientMessageType.MouseMotion,
            [.. U32(unchecked((uint)-3)), .. U32(5), .. U16(1)], new MouseMotion { Dx = -3, Dy = 5, ButtonsState = MouseButtonMask.Left }),
        ("mouse_position { uint32 x; uint32 y; mouse_button_mask buttons_state; uint8 display_id }", ChannelType.Inputs,
            (ushort)InputsClientMessageType.MousePosition,
            [.. U32(640), .. U32(480), .. U16(4), 1], new MousePosition { X = 640, Y = 480, ButtonsState = MouseButtonMask.Right, DisplayId = 1 }),
        ("mouse_press { mouse_button (enum8) button; mouse_button_mask buttons_state }", ChannelType.Inputs, (ushort)InputsClientMessageType.MousePress,
            [3, .. U16(4)], new MousePress { Button = MouseButton.Right, ButtonsState = MouseButtonMask.Right }),
        ("mouse_release { mouse_button button; mouse_button_mask buttons_state }", ChannelType.Inputs, (ushort)InputsClientMessageType.MouseRelease,
            [1, .. U16(0)], new MouseRelease { Button = MouseButton.Left, ButtonsState = MouseButtonMask.None }),
    ];

    public static TheoryData<int> CaseIndexes() => LayoutCases.Indexes(Cases.Length);

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Reads_the_spice_proto_layout_and_writes_it_back(int index)
    {
        var (name, channel, type, body, expected) = Cases[index];

        Assert.True(MessageCatalog.TryReadClientMessage(channel, type, body, out var read), name);

        Assert.Equal(expected.GetType(), read!.GetType());
        Assert.Equal(type, read.MessageType);
        Assert.Equal(body, SpiceMessage.ToBytes(read));
        Assert.Equal(body, SpiceMessage.ToBytes(expected));
        if (read is not PreferredVideoCodecType)
        {
            Assert.Equal(expected, read);
        }
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void A_body_cut_short_is_a_protocol_error(int index)
    {
        var (name, channel, type, body, _) = Cases[index];

        for (var length = 0; length < body.Length; length++)
        {
            var cut = body[..length];
            Assert.Throws<SpiceProtocolException>(() => MessageCatalog.TryReadClientMessage(channel, type, cut, out _));
        }

        Assert.True(body.Length > 0, name);
    }

    [Fact]
    public void Data_messages_take_any_body()
    {
        byte[] scancodes = [0xE0, 0x1D, 0xE0, 0x9D];

        var scancode = SpiceMessage.Read<KeyScancode>((ReadOnlyMemory<byte>)scancodes);
        Assert.True(MessageCatalog.TryReadClientMessage(ChannelType.Main, (ushort)MainClientMessageType.AgentData, ReadOnlyMemory<byte>.Empty, out var agentData));

        Assert.Equal(scancodes, scancode.Data.ToArray());
        Assert.Equal(0, Assert.IsType<DataMessage>(agentData).Data.Length);
    }

    private static byte[] U16(ushort value) => BitConverter.GetBytes(value);

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);

    private static byte[] U64(ulong value) => BitConverter.GetBytes(value);
}
