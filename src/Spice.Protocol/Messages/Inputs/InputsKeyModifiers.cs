using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSG_INPUTS_KEY_MODIFIERS (server to client).</summary>
public sealed record InputsKeyModifiers : ISpiceMessage<InputsKeyModifiers>
{
    public ushort MessageType => (ushort)InputsMessageType.KeyModifiers;

    public KeyboardModifierFlags Modifiers { get; init; }

    public static InputsKeyModifiers Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<InputsKeyModifiers>(body);

    public static InputsKeyModifiers Read(ref SpiceReader r)
    {
        var modifiers = (KeyboardModifierFlags)r.ReadUInt16();
        return new InputsKeyModifiers { Modifiers = modifiers };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)Modifiers);
    }
}
