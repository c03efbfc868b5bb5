namespace Spice.Client.Audio;

/// <summary>One decoded playback packet: interleaved S16 samples and the server's multimedia time for them.</summary>
public sealed record PlaybackAudio(uint Time, short[] Samples);

/// <summary>Receives decoded playback samples without a copy; the span is valid only during the call.</summary>
public delegate void PlaybackAudioHandler(uint time, ReadOnlySpan<short> samples);
