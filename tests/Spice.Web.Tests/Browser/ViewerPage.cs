namespace Spice.Web.Tests.Browser;

/// <summary>Our viewer page in a tab: its state and the exact pixels of its canvas.</summary>
internal sealed class ViewerPage(DevToolsPage page) : IAsyncDisposable
{
    /// <summary>Waits for every tile received so far to be drawn, then returns the canvas as RGBA in base64.</summary>
    private const string ReadCanvas = """
        (async () => {
          await window.spiceViewer.idle();
          const canvas = document.getElementById('screen');
          if (canvas.width === 0) { return { w: 0, h: 0, data: '' }; }
          const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let text = '';
          for (let i = 0; i < rgba.length; i += 0x8000) {
            text += String.fromCharCode.apply(null, rgba.subarray(i, i + 0x8000));
          }
          return { w: canvas.width, h: canvas.height, data: btoa(text) };
        })()
        """;

    public DevToolsPage DevTools => page;

    public static async Task<ViewerPage> OpenAsync(HeadlessChromium chromium, Uri url) =>
        new(await chromium.OpenAsync(url.ToString()));

    /// <summary>spiceViewer.state (connecting, waiting, live, disconnected), or "" before the script ran.</summary>
    public async Task<string> StateAsync() =>
        (await page.EvaluateAsync("window.spiceViewer ? window.spiceViewer.state : ''")).GetString() ?? string.Empty;

    public async Task<string> StatusTextAsync() =>
        (await page.EvaluateAsync("document.getElementById('status').textContent")).GetString() ?? string.Empty;

    public async Task WaitForStateAsync(string state, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string last;
        while ((last = await StateAsync()) != state)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the page stayed '{last}', never '{state}', for {timeout.TotalSeconds} s");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The canvas as opaque BGRA, like a DisplaySnapshot.</summary>
    public async Task<(int Width, int Height, byte[] Bgra)> ReadCanvasAsync()
    {
        var result = await page.EvaluateAsync(ReadCanvas);
        var width = result.GetProperty("w").GetInt32();
        var height = result.GetProperty("h").GetInt32();
        var pixels = Convert.FromBase64String(result.GetProperty("data").GetString() ?? string.Empty);
        for (var i = 0; i + 3 < pixels.Length; i += 4)
        {
            (pixels[i], pixels[i + 2]) = (pixels[i + 2], pixels[i]);
        }

        return (width, height, pixels);
    }

    /// <summary>
    /// Polls the canvas until it equals <paramref name="expected"/>() pixel for pixel (the
    /// expectation is read again each time, for a screen that may still change); returns the
    /// number of differing pixels at the end, 0 on success.
    /// </summary>
    public async Task<int> WaitForPictureAsync(Func<(int Width, int Height, byte[] Bgra)> expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var want = expected();
            var got = await ReadCanvasAsync();
            var differences = got.Width == want.Width && got.Height == want.Height
                ? Differences(got.Bgra, want.Bgra)
                : int.MaxValue;
            if (differences == 0 || DateTime.UtcNow > deadline)
            {
                return differences;
            }

            await Task.Delay(200);
        }
    }

    private static int Differences(byte[] a, byte[] b)
    {
        var count = 0;
        for (var i = 0; i + 3 < a.Length; i += 4)
        {
            if (a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2])
            {
                count++;
            }
        }

        return count;
    }

    public ValueTask DisposeAsync() => page.DisposeAsync();
}
