using Spice.Server.Wire;

namespace Spice.Server.Audio;

/// <summary>The volume and mute messages both sound channels share.</summary>
internal static class AudioControl
{
    // AudioVolume { uint8 nchannels; uint16 volume[nchannels] }
    public static void WriteVolume(MessageBuilder b, ushort type, ushort[] volume)
    {
        var count = Math.Min(volume.Length, byte.MaxValue);
        b.Begin(type);
        b.WriteByte((byte)count);
        for (var i = 0; i < count; i++)
        {
            b.WriteUInt16(volume[i]);
        }

        b.End();
    }

    // AudioMute { uint8 mute }
    public static void WriteMute(MessageBuilder b, ushort type, bool muted)
    {
        b.Begin(type);
        b.WriteByte(muted ? (byte)1 : (byte)0);
        b.End();
    }
}
