namespace Spice.TestSupport.Peers;

/// <summary>How to start <see cref="QemuPeer"/>. Immutable; use <c>with</c> or the With* presets.</summary>
public sealed record QemuOptions
{
    /// <summary>SPICE ticket (password-secret); null disables ticketing.</summary>
    public string? Password { get; init; }

    /// <summary>Extra -spice options, e.g. "image-compression=quic,jpeg-wan-compression=always,streaming-video=filter".</summary>
    public string? SpiceOptions { get; init; }

    /// <summary>Null: no disk, the SeaBIOS text screen (720x400). Otherwise the test guest in this mode:
    /// shell, photo, animate, tone or usb (waits for GUEST-READY).</summary>
    public string? GuestMode { get; init; }

    /// <summary>Extra kernel command line for the guest, e.g. "animsecs=30" or "video=Virtual-1:1280x800".</summary>
    public string? GuestAppend { get; init; }

    /// <summary>Memory in MiB; default 128 without a guest, 512 with one.</summary>
    public int? MemoryMb { get; init; }

    /// <summary>More QEMU arguments (devices, chardevs, audiodevs).</summary>
    public IReadOnlyList<string> ExtraArgs { get; init; } = [];

    /// <summary>Bound for the guest's GUEST-READY line.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public static QemuOptions Bios => new();

    public static QemuOptions Guest(string mode, string? spiceOptions = null) => new() { GuestMode = mode, SpiceOptions = spiceOptions };

    /// <summary>virtio-serial port for a vdagent (com.redhat.spice.0): QEMU offers the agent in the main channel.</summary>
    public QemuOptions WithAgent() => WithArgs(
        "-device", "virtio-serial", "-chardev", "spicevmc,id=vdagent,name=vdagent",
        "-device", "virtserialport,chardev=vdagent,name=com.redhat.spice.0");

    /// <summary>intel-hda through the spice audiodev: playback and record channels.</summary>
    public QemuOptions WithAudio() => WithArgs(
        "-audiodev", "spice,id=snd0", "-device", "intel-hda", "-device", "hda-duplex,audiodev=snd0");

    /// <summary>An xhci controller with one usb-redir port: a usbredir channel.</summary>
    public QemuOptions WithUsbRedir() => WithArgs(
        "-device", "qemu-xhci", "-chardev", "spicevmc,name=usbredir,id=usbredir1", "-device", "usb-redir,chardev=usbredir1");

    public QemuOptions WithArgs(params string[] args) => this with { ExtraArgs = [.. ExtraArgs, .. args] };
}
