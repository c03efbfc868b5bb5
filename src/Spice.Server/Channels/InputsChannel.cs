using Spice.Protocol;
using Spice.Protocol.Messages;
using Spice.Server.Wire;

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

    private int _motionCount;

    public InputsChannel(ChannelContext context) : base(context, ChannelType.Inputs, usesAcks: false)
    {
    }

    private ISpiceInputSink? Sink => Server.Options.InputSink;

    protected override void OnStart()
    {
        var modifiers = (ushort)Server.KeyboardLeds;
        Enqueue(b =>
        {
            b.Begin((ushort)InputsMessageType.Init);
            b.WriteUInt16(modifiers);
            b.End();
        });
    }

    protected override void OnMessage(ushort type, ReadOnlySpan<byte> body)
    {
        var r = new SpanReader(body);
        switch (type)
        {
            case (ushort)InputsClientMessageType.KeyDown:
                Key(r.UInt32());
                break;
            case (ushort)InputsClientMessageType.KeyUp:
                Key(r.UInt32());
                break;
            case (ushort)InputsClientMessageType.KeyScancode:
                Scancodes(r.Rest());
                break;
            case (ushort)InputsClientMessageType.KeyModifiers:
                Modifiers((SpiceKeyboardModifiers)r.UInt16());
                break;
            case (ushort)InputsClientMessageType.MouseMotion:
                var dx = r.Int32();
                var dy = r.Int32();
                Sink?.MouseMotion(dx, dy, (SpiceMouseButtons)r.UInt16());
                Motion();
                break;
            case (ushort)InputsClientMessageType.MousePosition:
                var x = r.UInt32();
                var y = r.UInt32();
                var buttons = (SpiceMouseButtons)r.UInt16();
                Sink?.MousePosition((int)x, (int)y, buttons, r.Byte());
                Motion();
                break;
            case (ushort)InputsClientMessageType.MousePress:
                var pressed = (SpiceMouseButton)r.Byte();
                Sink?.MousePress(pressed, (SpiceMouseButtons)r.UInt16());
                break;
            case (ushort)InputsClientMessageType.MouseRelease:
                var released = (SpiceMouseButton)r.Byte();
                Sink?.MouseRelease(released, (SpiceMouseButtons)r.UInt16());
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
        Enqueue(b =>
        {
            b.Begin((ushort)InputsMessageType.KeyModifiers);
            b.WriteUInt16((ushort)leds);
            b.End();
        });
    }

    private void Motion()
    {
        if (++_motionCount % MotionAckBunch == 0)
        {
            Enqueue(static b =>
            {
                b.Begin((ushort)InputsMessageType.MouseMotionAck);
                b.End();
            });
        }
    }
}
