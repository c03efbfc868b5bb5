namespace Spice.Server;

/// <summary>
/// One packet of microphone audio from a client: interleaved 48 kHz stereo S16 samples, the
/// client's multimedia time for it, and which session sent it.
/// </summary>
public sealed record RecordedAudio(uint SessionId, uint Time, short[] Samples);

/// <summary>Receives recorded samples without a copy; the span is valid only during the call.</summary>
public delegate void RecordedAudioHandler(uint sessionId, uint time, ReadOnlySpan<short> samples);
