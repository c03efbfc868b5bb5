namespace Spice.Server.Agent;

/// <summary>Where one incoming file transfer stands.</summary>
public sealed record FileXferProgress(uint SessionId, uint Id, string Name, ulong Received, ulong Size, FileXferState State, string? Path = null, string? Reason = null)
{
    public double Fraction => Size == 0 ? 1 : (double)Received / Size;
}

public enum FileXferState
{
    Receiving,
    Completed,
    Refused,
    Cancelled,
    Failed,
}
