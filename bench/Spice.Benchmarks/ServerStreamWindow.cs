namespace Spice.Benchmarks;

/// <summary>What the stream host measured over one window: wall seconds, its process CPU, frames and bytes sent, JPEG encode wall time.</summary>
internal readonly record struct ServerStreamWindow(double Seconds, double CpuMs, long FramesSent, long FrameBytes, long DisplayBytes, double EncodeMs);
