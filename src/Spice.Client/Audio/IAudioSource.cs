namespace Spice.Client.Audio;

/// <summary>
/// Where the record channel gets microphone audio: interleaved 48 kHz stereo S16 samples,
/// delivered at the pace they are captured (the channel sends what it reads as soon as it has
/// a 10 ms frame). Returns 0 at the end of the audio.
/// </summary>
public interface IAudioSource
{
    ValueTask<int> ReadAsync(Memory<short> buffer, CancellationToken cancellationToken);
}
