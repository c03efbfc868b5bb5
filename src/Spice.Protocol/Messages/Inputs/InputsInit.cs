using Spice.Protocol.Framing;

namespace Spice.Protocol.Messages.Inputs;

/// <summary>SPICE_MSG_INPUTS_INIT.</summary>
public sealed record InputsInit : ISpiceMessage<InputsInit>
{
    public ushort MessageType => (ushort)InputsMessageType.Init;

    public KeyboardModifierFlags KeyboardModifiers { get; init; }

    public static InputsInit Read(ReadOnlyMemory<byte> body) => SpiceMessage.Read<InputsInit>(body);

    public static InputsInit Read(ref SpiceReader r)
    {
        var keyboardModifiers = (KeyboardModifierFlags)r.ReadUInt16();
        return new InputsInit { KeyboardModifiers = keyboardModifiers };
    }

    public void Write(SpiceWriter w)
    {
        w.WriteUInt16((ushort)KeyboardModifiers);
    }
}
