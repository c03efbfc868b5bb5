using Spice.Protocol.Agent;

namespace Spice.Protocol.Tests.Agent;

public class AgentChunkingTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(2048 - AgentMessageHeader.Length, 1)]
    [InlineData(2048 - AgentMessageHeader.Length + 1, 2)]
    [InlineData(2 * 2048 - AgentMessageHeader.Length, 2)]
    [InlineData(2 * 2048 - AgentMessageHeader.Length + 1, 3)]
    [InlineData(100_000, 49)]
    public void Messages_are_cut_at_2048_byte_boundaries(int dataSize, int expectedChunks)
    {
        var bytes = AgentMessage.Serialize(new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, Pattern(dataSize - 4 < 0 ? 0 : dataSize - 4)), AgentFraming.Plain);
        var chunks = AgentChunker.Split(bytes).ToList();

        Assert.Equal(expectedChunks, chunks.Count);
        Assert.Equal(expectedChunks, AgentChunker.ChunkCount(bytes.Length));
        Assert.All(chunks[..^1], c => Assert.Equal(AgentLimits.MaxChunkSize, c.Length));
        Assert.InRange(chunks[^1].Length, 1, AgentLimits.MaxChunkSize);
        Assert.Equal(bytes, chunks.SelectMany(c => c.ToArray()).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reassembly_survives_arbitrary_split_points(int seed)
    {
        var random = new Random(seed);
        var messages = Enumerable.Range(0, 30).Select(i => AgentMessage.Serialize(
            new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, Pattern(random.Next(0, 6000))), AgentFraming.Plain)).ToList();
        var stream = messages.SelectMany(m => m).ToArray();
        var reassembler = new AgentReassembler();
        var frames = new List<AgentFrame>();
        for (var at = 0; at < stream.Length;)
        {
            var n = Math.Min(stream.Length - at, random.Next(1, 3000));
            reassembler.Feed(stream.AsSpan(at, n), frames);
            at += n;
        }

        Assert.True(reassembler.IsIdle);
        Assert.Equal(messages.Count, frames.Count);
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.False(frames[i].IsRejected);
            Assert.Equal(messages[i][AgentMessageHeader.Length..], frames[i].Data.ToArray());
        }
    }

    [Fact]
    public void Header_split_byte_by_byte_is_reassembled()
    {
        var bytes = AgentMessage.Serialize(new MaxClipboard(1234), AgentFraming.Plain);
        var reassembler = new AgentReassembler();
        var frames = new List<AgentFrame>();
        foreach (var b in bytes)
        {
            Assert.Empty(frames);
            reassembler.Feed([b], frames);
        }

        var frame = Assert.Single(frames);
        Assert.Equal(new MaxClipboard(1234), AgentMessage.Parse(frame.Header, frame.Data, AgentFraming.Plain));
    }

    [Fact]
    public void Oversized_message_is_rejected_skipped_unbuffered_and_the_next_one_still_arrives()
    {
        var big = AgentMessage.Serialize(new ClipboardData(ClipboardSelection.Clipboard, ClipboardType.Utf8Text, Pattern(5000)), AgentFraming.Plain);
        var next = AgentMessage.Serialize(new MaxClipboard(7), AgentFraming.Plain);
        var reassembler = new AgentReassembler(maxMessageSize: 4096);
        var frames = new List<AgentFrame>();
        foreach (var chunk in AgentChunker.Split(big.Concat(next).ToArray()))
        {
            reassembler.Feed(chunk.Span, frames);
            Assert.True(reassembler.Buffered <= AgentMessageHeader.Length + next.Length);
        }

        Assert.Equal(2, frames.Count);
        Assert.True(frames[0].IsRejected);
        Assert.Contains("limit", frames[0].Rejected, StringComparison.Ordinal);
        Assert.Equal(new MaxClipboard(7), AgentMessage.Parse(frames[1].Header, frames[1].Data, AgentFraming.Plain));
    }

    [Fact]
    public void Wrong_protocol_is_rejected_and_skipped()
    {
        var bad = AgentMessage.Serialize(new MaxClipboard(1), AgentFraming.Plain);
        bad[0] = 9;
        var good = AgentMessage.Serialize(new MaxClipboard(2), AgentFraming.Plain);
        var frames = new List<AgentFrame>();
        new AgentReassembler().Feed(bad.Concat(good).ToArray(), frames);

        Assert.True(frames[0].IsRejected);
        Assert.False(frames[1].IsRejected);
    }

    [Fact]
    public void Reset_drops_a_partial_message()
    {
        var bytes = AgentMessage.Serialize(new MaxClipboard(1), AgentFraming.Plain);
        var reassembler = new AgentReassembler();
        var frames = new List<AgentFrame>();
        reassembler.Feed(bytes.AsSpan(0, 10), frames);
        Assert.False(reassembler.IsIdle);
        reassembler.Reset();
        reassembler.Feed(bytes, frames);
        Assert.Single(frames);
    }

    private static byte[] Pattern(int n) => Enumerable.Range(0, n).Select(i => (byte)('a' + (i % 26))).ToArray();
}
