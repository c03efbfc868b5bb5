using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Playback;
using Spice.Protocol.Messages.Record;

namespace Spice.Protocol.Tests;

/// <summary>
/// Every playback and record message, laid out by hand from spice.proto's PlaybackChannel and
/// RecordChannel sections (type numbers included): the class reads those bytes into the right
/// fields and writes the same bytes back; a body cut inside its fixed fields is a protocol error,
/// while the audio data (uint8 data[] to the end of the body) may be any length.
/// </summary>
public class AudioLayoutTests
{
    private static readonly byte[] Audio = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60];

    private static readonly (string Name, ChannelType Channel, bool FromServer, ushort Type, byte[] Body, int Fixed, ISpiceMessage Expected)[] Cases =
    [
        ("playback data = 101 { uint32 time; uint8 data[] }", ChannelType.Playback, true, 101,
            [.. U32(0x01020304), .. Audio], 4, new PlaybackData { Time = 0x01020304, Data = Audio }),
        ("playback mode { uint32 time; audio_data_mode (enum16) mode; uint8 data[] }", ChannelType.Playback, true, 102,
            [.. U32(77), .. U16(3), 0xAA], 6, new PlaybackMode { Time = 77, Mode = AudioDataMode.Opus, Data = new byte[] { 0xAA } }),
        ("playback start { uint32 channels; audio_fmt (enum16) format; uint32 frequency; uint32 time }", ChannelType.Playback, true, 103,
            [.. U32(2), .. U16(1), .. U32(48000), .. U32(0xFFFFFFF0)], 14,
            new PlaybackStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48000, Time = 0xFFFFFFF0 }),
        ("playback volume: AudioVolume { uint8 nchannels; uint16 volume[nchannels] }", ChannelType.Playback, true, 105,
            [2, .. U16(1000), .. U16(0xFFFF)], 5, new PlaybackVolume { Volume = [1000, 0xFFFF] }),
        ("playback mute: AudioMute { uint8 mute }", ChannelType.Playback, true, 106,
            [1], 1, new PlaybackMute { Mute = 1 }),
        ("playback latency { uint32 latency_ms }", ChannelType.Playback, true, 107,
            [.. U32(250)], 4, new PlaybackLatency { LatencyMs = 250 }),
        ("record start = 101 { uint32 channels; audio_fmt format; uint32 frequency }", ChannelType.Record, true, 101,
            [.. U32(2), .. U16(1), .. U32(48000)], 10, new RecordStart { Channels = 2, Format = AudioFormat.S16, Frequency = 48000 }),
        ("record volume: AudioVolume", ChannelType.Record, true, 103,
            [1, .. U16(7)], 3, new RecordVolume { Volume = [7] }),
        ("record mute: AudioMute", ChannelType.Record, true, 104,
            [0], 1, new RecordMute { Mute = 0 }),
        ("record client data = 101 { uint32 time; uint8 data[] }", ChannelType.Record, false, 101,
            [.. U32(123456), .. Audio], 4, new RecordData { Time = 123456, Data = Audio }),
        ("record client mode { uint32 time; audio_data_mode mode; uint8 data[] }", ChannelType.Record, false, 102,
            [.. U32(9), .. U16(1)], 6, new RecordMode { Time = 9, Mode = AudioDataMode.Raw }),
        ("record client start_mark { uint32 time }", ChannelType.Record, false, 103,
            [.. U32(0x80000001)], 4, new RecordStartMark { Time = 0x80000001 }),
    ];

    public static TheoryData<int> CaseIndexes() => LayoutCases.Indexes(Cases.Length);

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Reads_the_spice_proto_layout_and_writes_it_back(int index)
    {
        var (name, channel, fromServer, type, body, _, expected) = Cases[index];

        var read = Read(channel, fromServer, type, body);

        Assert.Equal(type, expected.MessageType);
        Assert.Equal(expected.GetType(), read.GetType());
        Assert.Equal(Fields(expected), Fields(read));
        Assert.Equal(body, SpiceMessage.ToBytes(expected));
        Assert.Equal(body, SpiceMessage.ToBytes(read));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void A_body_cut_inside_its_fixed_fields_is_a_protocol_error(int index)
    {
        var (name, channel, fromServer, type, body, fixedLength, _) = Cases[index];

        for (var length = 0; length < fixedLength; length++)
        {
            var cut = body[..length];
            Assert.Throws<SpiceProtocolException>(() => Read(channel, fromServer, type, cut));
        }

        // Past the fixed fields only audio data is cut: still a message, with less data.
        for (var length = fixedLength; length < body.Length; length++)
        {
            Assert.Equal(body[..length], SpiceMessage.ToBytes(Read(channel, fromServer, type, body[..length])));
        }

        Assert.True(fixedLength > 0, name);
    }

    [Theory]
    [InlineData(ChannelType.Playback, (ushort)104)]
    [InlineData(ChannelType.Record, (ushort)102)]
    public void Stop_is_empty(ChannelType channel, ushort type)
    {
        var stop = Assert.IsType<EmptyMessage>(Read(channel, fromServer: true, type, []));

        Assert.Equal(type, stop.MessageType);
        Assert.Empty(SpiceMessage.ToBytes(stop));
        Assert.Equal(type, channel == ChannelType.Playback ? (ushort)PlaybackMessageType.Stop : (ushort)RecordMessageType.Stop);
    }

    [Fact]
    public void A_volume_count_past_the_body_is_a_protocol_error()
    {
        byte[] body = [200, .. U16(1), .. U16(2)];

        Assert.Throws<SpiceProtocolException>(() => PlaybackVolume.Read(body));
        Assert.Throws<SpiceProtocolException>(() => RecordVolume.Read(body));
    }

    private static ISpiceMessage Read(ChannelType channel, bool fromServer, ushort type, byte[] body)
    {
        var known = fromServer
            ? MessageCatalog.TryReadServerMessage(channel, type, body, out var message)
            : MessageCatalog.TryReadClientMessage(channel, type, body, out message);
        Assert.True(known);
        return message!;
    }

    /// <summary>Field values to compare: byte payloads and arrays by content, not by reference.</summary>
    private static object Fields(ISpiceMessage message) => message switch
    {
        PlaybackData m => (m.Time, Convert.ToHexString(m.Data.Span)),
        PlaybackMode m => (m.Time, m.Mode, Convert.ToHexString(m.Data.Span)),
        PlaybackVolume m => string.Join(',', m.Volume),
        RecordVolume m => string.Join(',', m.Volume),
        RecordData m => (m.Time, Convert.ToHexString(m.Data.Span)),
        RecordMode m => (m.Time, m.Mode, Convert.ToHexString(m.Data.Span)),
        _ => message,
    };

    private static byte[] U16(ushort value) => BitConverter.GetBytes(value);

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);
}
