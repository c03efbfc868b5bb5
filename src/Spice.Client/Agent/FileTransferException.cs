using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>The agent ended a file transfer with something other than success.</summary>
public sealed class FileTransferException : AgentException
{
    public FileTransferException()
    {
    }

    public FileTransferException(string message) : base(message)
    {
    }

    public FileTransferException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public FileTransferException(string message, FileXferStatus status) : base(message)
    {
        Status = status;
    }

    /// <summary>The status message that ended the transfer.</summary>
    public FileXferStatus? Status { get; }
}
