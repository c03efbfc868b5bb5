using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Display;

/// <summary>The type-specific part of an Image that follows its descriptor.</summary>
public abstract record ImagePayload
{
    public abstract void Write(SpiceWriter w);
}
