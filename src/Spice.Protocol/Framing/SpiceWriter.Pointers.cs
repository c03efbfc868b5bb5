namespace Spice.Protocol.Framing;

public sealed partial class SpiceWriter
{
    /// <summary>Writes a pointer placeholder; a null target stays 0 on the wire.</summary>
    public void WritePointer(ISpiceWritable? target)
    {
        var slot = Reserve(4);
        if (target is not null)
        {
            _pending.Enqueue(new PendingPointer(slot, target, default));
        }
    }

    /// <summary>Writes a pointer to a byte array; an empty array is a null pointer, as in the C marshaller.</summary>
    public void WritePointer(ReadOnlyMemory<byte> bytes)
    {
        var slot = Reserve(4);
        if (!bytes.IsEmpty)
        {
            _pending.Enqueue(new PendingPointer(slot, null, bytes));
        }
    }

    /// <summary>
    /// Appends every queued pointer target after what is written so far, first queued first
    /// (targets may queue further pointers), and patches the placeholders.
    /// </summary>
    public void FlushPointers()
    {
        while (_pending.TryDequeue(out var p))
        {
            var start = _position;
            PatchUInt32(p.Slot, OffsetHere);
            if (p.Target is not null)
            {
                p.Target.Write(this);
            }
            else
            {
                WriteBytes(p.Bytes.Span);
            }

            if (_position == start)
            {
                // An empty target is a null pointer on the wire, matching spice_marshaller_flush.
                PatchUInt32(p.Slot, 0);
            }
        }
    }

    private readonly record struct PendingPointer(int Slot, ISpiceWritable? Target, ReadOnlyMemory<byte> Bytes);
}
