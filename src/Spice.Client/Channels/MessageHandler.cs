namespace Spice.Client.Channels;

/// <summary>Handles one message body; the memory is valid only until the returned task completes.</summary>
internal delegate ValueTask MessageHandler(ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
