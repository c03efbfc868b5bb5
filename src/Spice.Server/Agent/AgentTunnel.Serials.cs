using Spice.Protocol.Agent;

namespace Spice.Server.Agent;

/// <summary>
/// Clipboard grab serials (VD_AGENT_CAP_CLIPBOARD_GRAB_SERIAL), kept by the tunnel for the embedder
/// the way spice-vdagentd keeps them for a guest: one counter per selection, zeroed when a client
/// (re)announces itself. Our grabs carry the counter and advance it; a client grab carrying the
/// counter advances it and goes through; one carrying the counter less one is a grab that crossed
/// ours on the wire and wins (the client discards ours); any other is stale and is dropped.
/// Used only when both sides announced the capability.
/// </summary>
internal sealed partial class AgentTunnel
{
    private readonly Lock _serialGate = new();
    private readonly uint[] _grabSerials = new uint[256];

    private void ResetGrabSerials()
    {
        lock (_serialGate)
        {
            Array.Clear(_grabSerials);
        }
    }

    /// <summary>An outgoing grab gets the selection's serial, which then advances.</summary>
    private IAgentMessage StampGrab(IAgentMessage message, AgentFraming framing)
    {
        if (message is not ClipboardGrab grab || !framing.GrabSerial)
        {
            return message;
        }

        lock (_serialGate)
        {
            return grab with { Serial = _grabSerials[(byte)grab.Selection]++ };
        }
    }

    /// <summary>True when a client grab is current (or wins a crossing); false for a stale one.</summary>
    private bool AcceptGrab(ClipboardGrab grab)
    {
        if (!Framing.GrabSerial)
        {
            return true;
        }

        uint expected;
        lock (_serialGate)
        {
            ref var serial = ref _grabSerials[(byte)grab.Selection];
            if (grab.Serial == unchecked(serial - 1))
            {
                return true;
            }

            if (grab.Serial == serial)
            {
                serial++;
                return true;
            }

            expected = serial;
        }

        AgentLog.StaleGrab(_logger, SessionId, grab.Serial, expected);
        return false;
    }
}
