using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSGC_INPUTS_KEY_MODIFIERS (client to server).</summary>
public sealed record KeyModifiers : ISpiceMessage<KeyModifiers>
{
    public ushort MessageType => (ushort)InputsClientMessageType.KeyModifiers;

    public KeyboardModifierFlags Modifiers { get; init; }

    public static KeyModifiers Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<KeyModifiers>(body);

    public static KeyModifiers Read(ref SpiceReader r)
    {
        var modifiers = (KeyboardModifierFlags)r.ReadUInt16();
        return new KeyModifiers { Modifiers = modifiers };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)Modifiers);
    }
}
