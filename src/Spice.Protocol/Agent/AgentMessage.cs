using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>Parses and serializes whole agent messages (header plus data).</summary>
public static class AgentMessage
{
    /// <summary>Parses the data of a reassembled message; anything malformed or unknown throws <see cref="AgentProtocolException"/>.</summary>
    public static IAgentMessage Parse(AgentMessageHeader header, ReadOnlyMemory<byte> data, AgentFraming framing)
    {
        if (header.Protocol != AgentLimits.Protocol)
        {
            throw new AgentProtocolException($"agent protocol {header.Protocol}, expected {AgentLimits.Protocol}");
        }

        if (header.Size != (uint)data.Length)
        {
            throw new AgentProtocolException($"agent message announces {header.Size} bytes and carries {data.Length}");
        }

        try
        {
            return header.Type switch
            {
                AgentMessageType.MouseState => Read<MouseState>(data, framing),
                AgentMessageType.MonitorsConfig => Read<MonitorsConfig>(data, framing),
                AgentMessageType.Reply => Read<AgentReply>(data, framing),
                AgentMessageType.Clipboard => Read<ClipboardData>(data, framing),
                AgentMessageType.DisplayConfig => Read<DisplayConfig>(data, framing),
                AgentMessageType.AnnounceCapabilities => Read<AnnounceCapabilities>(data, framing),
                AgentMessageType.ClipboardGrab => Read<ClipboardGrab>(data, framing),
                AgentMessageType.ClipboardRequest => Read<ClipboardRequest>(data, framing),
                AgentMessageType.ClipboardRelease => Read<ClipboardRelease>(data, framing),
                AgentMessageType.FileXferStart => Read<FileXferStart>(data, framing),
                AgentMessageType.FileXferStatus => Read<FileXferStatus>(data, framing),
                AgentMessageType.FileXferData => Read<FileXferData>(data, framing),
                AgentMessageType.ClientDisconnected => Read<ClientDisconnected>(data, framing),
                AgentMessageType.MaxClipboard => Read<MaxClipboard>(data, framing),
                AgentMessageType.AudioVolumeSync => Read<AudioVolumeSync>(data, framing),
                AgentMessageType.GraphicsDeviceInfo => Read<GraphicsDeviceInfo>(data, framing),
                _ => throw new AgentProtocolException($"unknown agent message type {(uint)header.Type} ({data.Length} bytes)"),
            };
        }
        catch (SpiceProtocolException e) when (e is not AgentProtocolException)
        {
            throw new AgentProtocolException($"malformed agent {header.Type} message: {e.Message}", e);
        }
    }

    /// <summary>Header plus data, ready to be cut into agent_data chunks.</summary>
    public static byte[] Serialize(IAgentMessage message, AgentFraming framing)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var w = new SpiceWriter();
        w.Reserve(AgentMessageHeader.Length);
        message.Write(w, framing);
        var bytes = w.ToArray();
        AgentMessageHeader.For(message.Type, bytes.Length - AgentMessageHeader.Length).Write(bytes);
        return bytes;
    }

    private static T Read<T>(ReadOnlyMemory<byte> data, AgentFraming framing) where T : IAgentMessage<T>
    {
        var r = new SpiceReader(data);
        return T.Read(ref r, framing);
    }
}
