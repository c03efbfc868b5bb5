namespace Spice.Protocol.Framing;

/// <summary>Something with a SPICE wire layout: a message, or a structure a pointer field refers to.</summary>
public interface ISpiceWritable
{
    void Write(SpiceWriter w);
}
