using System.Diagnostics;
using System.Drawing;
using SkiaSharp;
using Spice.Codecs.Opus;
using Spice.Server;

namespace Spice.Cli.Demo;

/// <summary>
/// The demo's sound: a soft 440 Hz tone plays while any key is held (faded in and out so it does
/// not click), and a meter shows the level of what clients record (the server asks them to
/// record as soon as the audio is attached), refreshed five times a second.
/// </summary>
internal sealed partial class DemoDesktop
{
    public const double ToneFrequency = 440;

    private const double ToneAmplitude = 0.1;
    private const int FadeMs = 15;
    private const int MeterHeight = 40;
    private const int MeterEveryFrames = 4;

    private readonly HashSet<int> _heldKeys = [];
    private readonly Lock _levelGate = new();
    private readonly CancellationTokenSource _toneStop = new();
    private SpiceAudio? _audio;
    private bool _toneRunning;
    private Rectangle _audioArea;
    private double _levelSquares;
    private long _levelCount;
    private double _levelPeak;
    private int _meterShown = -1;

    /// <summary>RMS (0..1 of full scale) of what clients recorded during the last meter period.</summary>
    public double RecordLevel { get; private set; }

    /// <summary>Peak (0..1 of full scale) of what clients recorded during the last meter period.</summary>
    public double RecordPeak { get; private set; }

    /// <summary>Where the level meter is drawn (empty when the first monitor is too small for it).</summary>
    public Rectangle AudioMeterArea
    {
        get
        {
            lock (_gate)
            {
                return _audioArea;
            }
        }
    }

    /// <summary>True from a key press until the tone has faded out after the last key is released.</summary>
    public bool TonePlaying
    {
        get
        {
            lock (_gate)
            {
                return _toneRunning;
            }
        }
    }

    /// <summary>Plays through <paramref name="audio"/> and starts recording from its clients.</summary>
    public void AttachAudio(SpiceAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        _audio = audio;
        audio.Recorded += OnRecorded;
        audio.StartRecording();
    }

    /// <summary>Takes the strip for the meter off the bottom of <paramref name="area"/>; under the gate.</summary>
    private void LayoutAudioMeter(ref Rectangle area)
    {
        if (area.Height < (3 * MeterHeight) + Margin)
        {
            _audioArea = Rectangle.Empty;
            return;
        }

        _audioArea = new Rectangle(area.X, area.Bottom - MeterHeight, area.Width, MeterHeight);
        area = new Rectangle(area.X, area.Y, area.Width, area.Height - MeterHeight - Margin);
        _meterShown = -1;
    }

    private void AudioKeyDown(int scancode)
    {
        if (_audio is not { } audio || !_heldKeys.Add(scancode) || _toneRunning)
        {
            return;
        }

        _toneRunning = true;
        _ = Task.Run(() => PlayHeldToneAsync(audio, _toneStop.Token));
    }

    private void AudioKeyUp(int scancode) => _heldKeys.Remove(scancode);

    /// <summary>Paced by the clock, one frame ahead; ends (and stops playback) once faded out with no key held.</summary>
    private async Task PlayHeldToneAsync(SpiceAudio audio, CancellationToken cancellationToken)
    {
        var sine = new SineWave(ToneFrequency, ToneAmplitude);
        var frame = new short[AudioFrame.Samples];
        var gain = 0.0;
        var step = 1.0 / (FadeMs * AudioFrame.SampleRate / 1000.0);
        var started = Stopwatch.GetTimestamp();
        var startTime = audio.MultimediaTime;
        long sent = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(AudioFrame.DurationMs));
        try
        {
            while (true)
            {
                var due = ((long)(Stopwatch.GetElapsedTime(started).TotalSeconds * AudioFrame.SampleRate) * AudioFrame.Channels) + AudioFrame.Samples;
                while (sent + AudioFrame.Samples <= due)
                {
                    bool held;
                    lock (_gate)
                    {
                        held = _heldKeys.Count > 0;
                        if (!held && gain <= 0)
                        {
                            _toneRunning = false;
                            audio.StopPlayback();
                            return;
                        }
                    }

                    sine.Fill(frame);
                    gain = Envelope(frame, gain, held ? step : -step);
                    audio.PushPlayback(frame, startTime + (uint)AudioFrame.Milliseconds(sent));
                    sent += AudioFrame.Samples;
                }

                await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _toneRunning = false;
            }
        }
    }

    /// <summary>Scales the frame by a gain moving linearly by <paramref name="step"/> per sample, within 0..1; returns the gain reached.</summary>
    private static double Envelope(Span<short> interleavedStereo, double gain, double step)
    {
        for (var i = 0; i + 1 < interleavedStereo.Length; i += 2)
        {
            gain = Math.Clamp(gain + step, 0, 1);
            interleavedStereo[i] = (short)(interleavedStereo[i] * gain);
            interleavedStereo[i + 1] = (short)(interleavedStereo[i + 1] * gain);
        }

        return gain;
    }

    private void OnRecorded(uint sessionId, uint time, ReadOnlySpan<short> samples)
    {
        double squares = 0;
        var peak = 0;
        foreach (var s in samples)
        {
            squares += (double)s * s;
            peak = Math.Max(peak, Math.Abs((int)s));
        }

        lock (_levelGate)
        {
            _levelSquares += squares;
            _levelCount += samples.Length;
            _levelPeak = Math.Max(_levelPeak, peak / 32768.0);
        }
    }

    /// <summary>Every few animation frames: takes the level of the period and redraws the meter if it moved; under the gate.</summary>
    private void UpdateAudioMeter()
    {
        if (_frame % MeterEveryFrames != 0)
        {
            return;
        }

        lock (_levelGate)
        {
            RecordLevel = _levelCount == 0 ? 0 : Math.Sqrt(_levelSquares / _levelCount) / 32768.0;
            RecordPeak = _levelPeak;
            _levelSquares = 0;
            _levelCount = 0;
            _levelPeak = 0;
        }

        var shown = (int)(MeterFraction(RecordLevel) * 1000) + ((int)(MeterFraction(RecordPeak) * 1000) * 1001);
        if (shown == _meterShown || _audioArea.IsEmpty)
        {
            return;
        }

        DrawAudioMeter();
        Publish(_audioArea);
    }

    /// <summary>Level to bar length: a dB scale from -60 dBFS (empty) to 0 dBFS (full).</summary>
    private static double MeterFraction(double level) =>
        level <= 0 ? 0 : Math.Clamp(1 + (20 * Math.Log10(level) / 60), 0, 1);

    private void DrawAudioMeter()
    {
        if (_audioArea.IsEmpty)
        {
            return;
        }

        var rms = MeterFraction(RecordLevel);
        var peak = MeterFraction(RecordPeak);
        _meterShown = (int)(rms * 1000) + ((int)(peak * 1000) * 1001);
        DrawPanel(_audioArea);
        using var font = Font(14);
        using var ink = new SKPaint { Color = new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
        _canvas.DrawText("mic", _audioArea.Left + 8, _audioArea.Top + 25, font, ink);
        var track = new Rectangle(_audioArea.Left + 44, _audioArea.Top + 10, Math.Max(1, _audioArea.Width - 52), _audioArea.Height - 20);
        using var trough = new SKPaint { Color = new SKColor(0x30, 0x30, 0x30) };
        _canvas.DrawRect(ToSk(track), trough);
        using var bar = new SKPaint { Color = new SKColor(0x30, 0xC0, 0x50) };
        _canvas.DrawRect(track.Left, track.Top, (float)(track.Width * rms), track.Height, bar);
        if (peak > 0)
        {
            using var mark = new SKPaint { Color = new SKColor(0xF0, 0x40, 0x30) };
            _canvas.DrawRect(track.Left + (float)(track.Width * peak) - 2, track.Top, 3, track.Height, mark);
        }
    }

    private void DisposeAudio()
    {
        _toneStop.Cancel();
        _toneStop.Dispose();
        if (_audio is { } audio)
        {
            audio.Recorded -= OnRecorded;
        }
    }
}
