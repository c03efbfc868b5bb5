using Spice.Protocol.Framing;
using Spice.Protocol.Messages;

namespace Spice.Server.Wire;

/// <summary>
/// One channel's batch of outgoing messages in one pooled <see cref="SpiceWriter"/>: each message
/// is framed by <see cref="FrameWriter"/> with the data header chosen at link time (full or mini)
/// and laid out by its Spice.Protocol class. One batch per channel connection, reused for every send.
/// </summary>
internal sealed class MessageBuilder : IDisposable
{
    /// <summary>A batch that grew past this (a full-screen redraw) gives its buffer back afterwards.</summary>
    private const int RetainedCapacity = 1 << 20;

    private readonly SpiceWriter _writer = new(4096);
    private int _headerAt = -1;
    private ushort _type;
    private ulong _serial;

    public MessageBuilder(bool miniHeader)
    {
        MiniHeader = miniHeader;
    }

    public bool MiniHeader { get; set; }

    public int Length => _writer.Position;

    public int MessageCount { get; private set; }

    public ReadOnlyMemory<byte> Written => _writer.WrittenMemory;

    /// <summary>
    /// The writer under the batch, for a message opened with <see cref="Begin"/> whose body is laid
    /// out with the protocol classes' static writers (draws that encode their image in place,
    /// audio packets encoded straight after their header).
    /// </summary>
    public SpiceWriter Writer => _writer;

    public void Reset()
    {
        _writer.Reset(RetainedCapacity);
        _headerAt = -1;
        MessageCount = 0;
    }

    /// <summary>Appends a whole message.</summary>
    public void Add(ISpiceMessage message)
    {
        if (_headerAt >= 0)
        {
            throw new InvalidOperationException("previous message not ended");
        }

        FrameWriter.Write(_writer, message, MiniHeader, ++_serial);
        MessageCount++;
    }

    /// <summary>Opens a message of <paramref name="type"/>; its body goes to <see cref="Writer"/> until <see cref="End"/>.</summary>
    public void Begin(ushort type)
    {
        if (_headerAt >= 0)
        {
            throw new InvalidOperationException("previous message not ended");
        }

        _headerAt = FrameWriter.Begin(_writer, MiniHeader);
        _type = type;
    }

    public void End()
    {
        if (_headerAt < 0)
        {
            throw new InvalidOperationException("no message open");
        }

        FrameWriter.End(_writer, _headerAt, _type, MiniHeader, ++_serial);
        _headerAt = -1;
        MessageCount++;
    }

    /// <summary>Drops the open message, as if it had never begun.</summary>
    public void Abandon()
    {
        if (_headerAt >= 0)
        {
            _writer.Rewind(_headerAt);
            _headerAt = -1;
        }
    }

    public void Dispose() => _writer.Dispose();
}
