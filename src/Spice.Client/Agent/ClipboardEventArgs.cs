using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>The agent grabbed a selection (Types set), sent its data (Data set), or released it (neither).</summary>
public sealed class ClipboardEventArgs(ClipboardSelection selection, IReadOnlyList<ClipboardType> types, ClipboardContent? content) : EventArgs
{
    public ClipboardSelection Selection { get; } = selection;

    public IReadOnlyList<ClipboardType> Types { get; } = types;

    public ClipboardContent? Content { get; } = content;
}
