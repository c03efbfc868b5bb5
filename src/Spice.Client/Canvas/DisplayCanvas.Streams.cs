namespace Spice.Client.Canvas;

public sealed partial class DisplayCanvas
{
    private void DestroyStreamsOn(uint surfaceId)
    {
        _ = surfaceId;
    }

    private void DestroyAllStreams()
    {
    }
}
