namespace Spice.Protocol.Agent;

/// <summary>
/// Cuts a serialized agent message (header plus data) into the payloads of consecutive
/// agent_data messages, each at most <see cref="AgentLimits.MaxChunkSize"/> bytes; every one costs a token.
/// </summary>
public static class AgentChunker
{
    public static int ChunkCount(int length, int maxChunk = AgentLimits.MaxChunkSize) =>
        length == 0 ? 0 : (length + maxChunk - 1) / maxChunk;

    public static IEnumerable<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> message, int maxChunk = AgentLimits.MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunk, AgentMessageHeader.Length + 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunk, AgentLimits.MaxChunkSize);
        for (var at = 0; at < message.Length; at += maxChunk)
        {
            yield return message.Slice(at, Math.Min(maxChunk, message.Length - at));
        }
    }
}
