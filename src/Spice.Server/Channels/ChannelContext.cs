using System.IO.Pipelines;
using Spice.Protocol.Link;

namespace Spice.Server.Channels;

/// <summary>What a channel gets from a completed link.</summary>
internal sealed record ChannelContext(
    SpiceServer Server,
    ClientSession Session,
    Stream Stream,
    PipeReader Reader,
    LinkMess Request,
    bool MiniHeader);
