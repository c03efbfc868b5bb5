using System.Buffers;

namespace Spice.TestSupport;

/// <summary>Multi-segment byte sequences, as a pipe hands over data that arrived in pieces.</summary>
public static class ByteSequence
{
    /// <summary>One segment per chunk, in order; empty chunks stay as empty segments.</summary>
    public static ReadOnlySequence<byte> FromChunks(IReadOnlyList<ReadOnlyMemory<byte>> chunks)
    {
        if (chunks.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(chunks[0], null);
        var last = first;
        for (var i = 1; i < chunks.Count; i++)
        {
            last = new Segment(chunks[i], last);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    /// <summary><paramref name="bytes"/> cut before each of the ascending offsets <paramref name="cuts"/>.</summary>
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        var chunks = new List<ReadOnlyMemory<byte>>(cuts.Length + 1);
        var start = 0;
        foreach (var cut in cuts)
        {
            chunks.Add(bytes.AsMemory(start, cut - start));
            start = cut;
        }

        chunks.Add(bytes.AsMemory(start));
        return FromChunks(chunks);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }
}
