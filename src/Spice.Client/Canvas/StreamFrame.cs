namespace Spice.Client.Canvas;

/// <summary>A stream frame that was drawn: its stream, multimedia time and destination on the stream's surface.</summary>
public readonly record struct StreamFrame(CanvasStream Stream, uint MultimediaTime, CanvasRect Dest);
