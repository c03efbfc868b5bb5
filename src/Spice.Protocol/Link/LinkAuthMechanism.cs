using System.Buffers.Binary;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Link;

/// <summary>
/// The client's auth choice (one uint32), sent after the link reply when both sides have
/// CommonCapability.AuthSelection.
/// </summary>
public readonly record struct LinkAuthMechanism(AuthMechanism Mechanism)
{
    public const int WireSize = 4;

    public static LinkAuthMechanism Read(ReadOnlySpan<byte> source) =>
        source.Length < WireSize
            ? throw new SpiceProtocolException("auth mechanism needs 4 bytes", LinkError.InvalidData)
            : new LinkAuthMechanism((AuthMechanism)BinaryPrimitives.ReadUInt32LittleEndian(source));

    public void Write(SpiceWriter w) => w.WriteUInt32((uint)Mechanism);
}
