namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_VIDEO_CODEC_TYPE_*.</summary>
public enum VideoCodecType : byte
{
    Mjpeg = 1,
    Vp8,
    H264,
    Vp9,
    H265,
}
