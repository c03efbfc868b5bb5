using Spice.Protocol.Messages.Display;

namespace Spice.Client.Canvas.Model;

/// <summary>SpicePathSeg: flags and 28.4 fixed points, x then y.</summary>
internal sealed record PathSegment(PathFlags Flags, int[] Points);
