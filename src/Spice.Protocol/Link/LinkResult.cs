using System.Buffers.Binary;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>The server's final answer to a link (one uint32 link error), after the ticket.</summary>
public readonly record struct LinkResult(LinkError Error)
{
    public const int WireSize = 4;

    public static LinkResult Read(ReadOnlySpan<byte> source) =>
        source.Length < WireSize
            ? throw new SpiceProtocolException("link result needs 4 bytes")
            : new LinkResult((LinkError)BinaryPrimitives.ReadUInt32LittleEndian(source));

    public void Write(SpiceWriter w) => w.WriteUInt32((uint)Error);
}
