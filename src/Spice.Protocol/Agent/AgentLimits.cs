namespace Spice.Protocol.Agent;

/// <summary>Hard limits of the agent protocol, checked before anything is buffered.</summary>
public static class AgentLimits
{
    /// <summary>VD_AGENT_PROTOCOL.</summary>
    public const uint Protocol = 1;

    /// <summary>VD_AGENT_MAX_DATA_SIZE: the largest piece of an agent message in one agent_data message.</summary>
    public const int MaxChunkSize = 2048;

    /// <summary>Largest clipboard payload either side accepts by default.</summary>
    public const int MaxClipboardSize = 16 * 1024 * 1024;

    /// <summary>Largest reassembled agent message (a clipboard message plus its header fields).</summary>
    public const int MaxMessageSize = MaxClipboardSize + 64;

    /// <summary>Most monitors in a monitors-config message.</summary>
    public const int MaxMonitors = 64;

    /// <summary>Largest file-transfer-start key file.</summary>
    public const int MaxFileXferStartSize = 64 * 1024;

    /// <summary>Largest file a transfer may announce.</summary>
    public const long MaxFileSize = 64L * 1024 * 1024 * 1024;

    /// <summary>Largest data piece of one file-transfer-data message.</summary>
    public const int MaxFileXferDataSize = 1024 * 1024;
}
