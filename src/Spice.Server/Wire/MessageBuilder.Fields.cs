namespace Spice.Server.Wire;

/// <summary>
/// Field-by-field writing between <see cref="Begin"/> and <see cref="End"/>, left for the sound
/// channels (PlaybackChannel, RecordChannel, Audio/) until they move to the protocol classes;
/// the other channels write through Spice.Protocol's messages.
/// </summary>
internal sealed partial class MessageBuilder
{
    public void WriteByte(byte value) => _writer.WriteByte(value);

    public void WriteUInt16(ushort value) => _writer.WriteUInt16(value);

    public void WriteUInt32(uint value) => _writer.WriteUInt32(value);

    public Span<byte> GetSpan(int sizeHint = 0) => _writer.GetSpan(sizeHint);

    public void Advance(int count) => _writer.Advance(count);

    public Span<byte> Grow(int count)
    {
        var span = _writer.GetSpan(count)[..count];
        _writer.Advance(count);
        return span;
    }
}
