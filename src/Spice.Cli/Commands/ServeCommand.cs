using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using SkiaSharp;
using Spice.Cli.Demo;
using Spice.Server;

namespace Spice.Cli.Commands;

/// <summary>
/// `spice serve`: a SPICE server on this machine showing either a fixed picture (--image, for
/// exact comparisons) or the demo desktop. Runs until Ctrl-C.
/// </summary>
internal sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Usage => "serve [--addr A] [--port N] [--password P] [--size WxH] [--codec auto|off|lz|glz|lz4|quic|jpeg] [--image PATH] [--monitors N] [--share-dir DIR] [--tls-port N --cert F --key F [--tls-channels all|main,display,...]]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        return await ServeAsync(args, stop.Token).ConfigureAwait(false);
    }

    private async Task<int> ServeAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ServeOptions options;
        try
        {
            options = ServeOptions.Parse(args);
        }
        catch (FormatException e)
        {
            await Console.Error.WriteLineAsync($"spice serve: {e.Message}\nusage: spice {Usage}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (options.ImagePath is { } missing && !File.Exists(missing))
        {
            await Console.Error.WriteLineAsync($"spice serve: no such picture: {missing}").ConfigureAwait(false);
            return 1;
        }

        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        }).SetMinimumLevel(LogLevel.Information));

        SpiceDisplay display;
        DemoDesktop? demo = null;
        if (options.ImagePath is { } path)
        {
            display = LoadPicture(path, options.Width, options.Height);
        }
        else
        {
            display = new SpiceDisplay(options.Width ?? 1024, options.Height ?? 768);
        }

        var cursor = new SpiceCursor();
        DemoAgent? agent = null;
        if (options.ImagePath is null)
        {
            if (options.Monitors > 1)
            {
                display.SetMonitors(SideBySide(options.Monitors, display.Width, display.Height));
            }

            demo = new DemoDesktop(display, cursor);
            agent = new DemoAgent(demo, options.ShareDir, loggerFactory.CreateLogger<DemoAgent>());
        }

        try
        {
            var serverOptions = new SpiceServerOptions
            {
                Address = options.Address,
                Port = options.Port,
                Password = options.Password,
                ImageCodec = options.Codec,
                InputSink = demo,
                Agent = agent,
                LoggerFactory = loggerFactory,
                Tls = ServeTls.Options(options.Tls),
            };
            await using var server = new SpiceServer(serverOptions, display, cursor);
            demo?.AttachAudio(server.Audio);
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (System.Net.Sockets.SocketException e)
            {
                await Console.Error.WriteLineAsync($"spice serve: cannot listen on {options.Address}:{options.Port}{ServeTls.Describe(options.Tls)}: {e.Message}").ConfigureAwait(false);
                return 1;
            }
            catch (ArgumentException e) when (options.Tls is not null)
            {
                await Console.Error.WriteLineAsync($"spice serve: {e.Message}").ConfigureAwait(false);
                return 1;
            }

            var animation = demo?.RunAsync(cancellationToken) ?? Task.CompletedTask;
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            await animation.ConfigureAwait(false);
            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            agent?.Dispose();
            demo?.Dispose();
        }
    }

    private static System.Drawing.Rectangle[] SideBySide(int count, int width, int height) =>
        [.. Enumerable.Range(0, count).Select(i => new System.Drawing.Rectangle(i * width, 0, width, height))];

    /// <summary>The picture as the whole desktop; with --size it is drawn at the top left of a canvas of that size.</summary>
    private static SpiceDisplay LoadPicture(string path, int? width, int? height)
    {
        using var decoded = SKBitmap.Decode(path) ?? throw new FileNotFoundException($"cannot read a picture from {path}", path);
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Bgra8888, SKAlphaType.Unpremul);
        using var converted = new SKBitmap(info);
        using (var canvas = new SKCanvas(converted))
        {
            canvas.Clear(SKColors.Black);
            canvas.DrawBitmap(decoded, 0, 0);
        }

        var display = new SpiceDisplay(width ?? decoded.Width, height ?? decoded.Height);
        display.Write(converted.GetPixelSpan(), converted.RowBytes, new System.Drawing.Rectangle(0, 0, decoded.Width, decoded.Height));
        return display;
    }

    private sealed record ServeOptions(string Address, int Port, string? Password, int? Width, int? Height, ImageCodecPolicy Codec, string? ImagePath)
    {
        /// <summary>Monitors side by side at start, each of --size (the demo only).</summary>
        public int Monitors { get; init; } = 1;

        /// <summary>Where files dropped by clients are saved; null refuses file transfers.</summary>
        public string? ShareDir { get; init; }

        public ServeTls? Tls { get; init; }

        public static ServeOptions Parse(IReadOnlyList<string> args)
        {
            var result = new ServeOptions("127.0.0.1", 5900, null, null, null, ImageCodecPolicy.Auto, null);
            var tls = new ServeTls();
            for (var i = 0; i < args.Count; i++)
            {
                var name = args[i];
                string? inline = null;
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (name.StartsWith("--", StringComparison.Ordinal) && eq > 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value"));
                result = name switch
                {
                    "--addr" => result with { Address = Value() },
                    "--port" => result with { Port = ParsePort(Value()) },
                    "--password" => result with { Password = Value() },
                    "--size" => ParseSize(result, Value()),
                    "--codec" => result with { Codec = ParseCodec(Value()) },
                    "--image" => result with { ImagePath = Value() },
                    "--monitors" => result with { Monitors = ParseMonitors(Value()) },
                    "--share-dir" => result with { ShareDir = Value() },
                    _ when tls.TryParse(name, Value) => result,
                    _ => throw new FormatException($"unknown option {name}"),
                };
            }

            return result with { Tls = tls.Validate() };
        }

        private static int ParseMonitors(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= SpiceDisplay.MaxMonitors
                ? n
                : throw new FormatException($"--monitors must be 1..{SpiceDisplay.MaxMonitors}, got '{text}'");

        private static int ParsePort(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
                ? port
                : throw new FormatException($"--port must be 0..65535, got '{text}'");

        private static ServeOptions ParseSize(ServeOptions options, string text)
        {
            var parts = text.Split('x', 'X');
            if (parts.Length == 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                && w is > 0 and <= 16384 && h is > 0 and <= 16384)
            {
                return options with { Width = w, Height = h };
            }

            throw new FormatException($"--size must be WxH, got '{text}'");
        }

        private static ImageCodecPolicy ParseCodec(string text) =>
            Enum.TryParse<ImageCodecPolicy>(text, ignoreCase: true, out var codec) && Enum.IsDefined(codec) && !int.TryParse(text, out _)
                ? codec
                : throw new FormatException($"--codec must be auto, off, lz, glz, lz4, quic or jpeg, got '{text}'");
    }
}
