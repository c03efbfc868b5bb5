using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Protocol.Messages.Inputs;

namespace Spice.Server.Channels;

/// <summary>
/// Keyboard and mouse from the client to the embedder's <see cref="ISpiceInputSink"/>. Key codes
/// arrive as PC XT scancodes, extended ones as 0xE0 in the low byte and the code in the next;
/// the sink gets them as 0x100 | code.
/// </summary>
internal sealed class InputsChannel : ChannelConnection
{
    /// <summary>SPICE_INPUT_MOTION_ACK_BUNCH: one motion ack per this many motion/position messages.</summary>
    private const int MotionAckBunch = 4;

    private static readonly EmptyMessage MotionAck = new((ushort)InputsMessageType.MouseMotionAck);

    private int _motionCount;

    public InputsChannel(ChannelContext context) : base(context, ChannelType.Inputs, usesAcks: false)
    {
    }

    private ISpiceInputSink? Sink => Server.Options.InputSink;

    protected override void OnStart()
    {
        Enqueue(new InputsInit { KeyboardModifiers = (KeyboardModifierFlags)Server.KeyboardLeds });
    }

    protected override void OnMessage(ushort type, ReadOnlyMemory<byte> body)
    {
        switch (type)
        {
            case (ushort)InputsClientMessageType.KeyDown:
                Key(SpiceMessage.Read<KeyDown>(body).Code);
                break;
            case (ushort)InputsClientMessageType.KeyUp:
                Key(SpiceMessage.Read<KeyUp>(body).Code);
                break;
            case (ushort)InputsClientMessageType.KeyScancode:
                Scancodes(SpiceMessage.Read<KeyScancode>(body).Data.Span);
                break;
            case (ushort)InputsClientMessageType.KeyModifiers:
                Modifiers((SpiceKeyboardModifiers)SpiceMessage.Read<KeyModifiers>(body).Modifiers);
                break;
            case (ushort)InputsClientMessageType.MouseMotion:
                var motion = SpiceMessage.Read<MouseMotion>(body);
                Sink?.MouseMotion(motion.Dx, motion.Dy, (SpiceMouseButtons)motion.ButtonsState);
                Motion();
                break;
            case (ushort)InputsClientMessageType.MousePosition:
                var position = SpiceMessage.Read<MousePosition>(body);
                Sink?.MousePosition((int)position.X, (int)position.Y, (SpiceMouseButtons)position.ButtonsState, position.DisplayId);
                Motion();
                break;
            case (ushort)InputsClientMessageType.MousePress:
                var press = SpiceMessage.Read<MousePress>(body);
                Sink?.MousePress((SpiceMouseButton)press.Button, (SpiceMouseButtons)press.ButtonsState);
                break;
            case (ushort)InputsClientMessageType.MouseRelease:
                var release = SpiceMessage.Read<MouseRelease>(body);
                Sink?.MouseRelease((SpiceMouseButton)release.Button, (SpiceMouseButtons)release.ButtonsState);
                break;
            default:
                ServerLog.UnknownMessage(Logger, Session.Id, Name, type);
                break;
        }
    }

    /// <summary>
    /// A KEY_DOWN/KEY_UP code: up to four scancode bytes, low byte first (0xE0-prefixed keys take two);
    /// the release bit 0x80 of the last byte tells up from down.
    /// </summary>
    private void Key(uint code)
    {
        Span<byte> bytes = stackalloc byte[4];
        var n = 0;
        for (; n < 4 && code != 0; n++, code >>= 8)
        {
            bytes[n] = (byte)code;
        }

        Scancodes(bytes[..n]);
    }

    /// <summary>A raw scancode byte stream (KEY_SCANCODE): 0xE0 prefixes the next byte.</summary>
    private void Scancodes(ReadOnlySpan<byte> bytes)
    {
        var extended = false;
        foreach (var b in bytes)
        {
            if (b == 0xE0)
            {
                extended = true;
                continue;
            }

            var scancode = (b & 0x7F) | (extended ? 0x100 : 0);
            extended = false;
            if ((b & 0x80) != 0)
            {
                Sink?.KeyUp(scancode);
            }
            else
            {
                Sink?.KeyDown(scancode);
            }
        }
    }

    private void Modifiers(SpiceKeyboardModifiers modifiers)
    {
        var leds = Sink?.KeyboardModifiers(modifiers) ?? modifiers;
        Server.KeyboardLeds = leds;
        Enqueue(new InputsKeyModifiers { Modifiers = (KeyboardModifierFlags)leds });
    }

    private void Motion()
    {
        if (++_motionCount % MotionAckBunch == 0)
        {
            Enqueue(MotionAck);
        }
    }
}
