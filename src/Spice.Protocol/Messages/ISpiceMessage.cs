using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages;

/// <summary>A message body with its type number in its channel.</summary>
public interface ISpiceMessage : ISpiceWritable
{
    ushort MessageType { get; }
}

/// <summary>A message that can parse itself; lets generic code (tests, fuzzers, dispatch tables) read any message.</summary>
public interface ISpiceMessage<TSelf> : ISpiceMessage where TSelf : ISpiceMessage<TSelf>
{
    static abstract TSelf Read(ref SpiceReader r);
}
