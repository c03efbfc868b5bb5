using System.Collections.Concurrent;
using Xunit;

namespace Spice.TestSupport.Peers;

/// <summary>
/// xunit fixture that starts one guest QEMU per distinct <see cref="QemuOptions"/> on first use and
/// keeps it for the rest of the class/collection: e.g. one per image-compression setting in a Theory.
/// At most <see cref="MaxRunning"/> stay up at once (the oldest is stopped), to spare a 2-core machine.
/// </summary>
public class GuestQemuPool : IAsyncLifetime
{
    private readonly ConcurrentDictionary<QemuOptions, Lazy<Task<QemuPeer>>> _peers = new(new OptionsComparer());
    private readonly List<QemuOptions> _order = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int MaxRunning { get; init; } = 2;

    /// <summary>The guest QEMU for photo mode with these -spice options (null: QEMU's defaults).</summary>
    public Task<QemuPeer> GetAsync(string? spiceOptions, string mode = "photo") =>
        GetAsync(QemuOptions.Guest(mode, spiceOptions));

    public async Task<QemuPeer> GetAsync(QemuOptions options)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_peers.ContainsKey(options))
            {
                while (_order.Count >= MaxRunning)
                {
                    var oldest = _order[0];
                    _order.RemoveAt(0);
                    if (_peers.TryRemove(oldest, out var old) && old.Value.IsCompletedSuccessfully)
                    {
                        await old.Value.Result.DisposeAsync();
                    }
                }
                _order.Add(options);
                _peers[options] = new Lazy<Task<QemuPeer>>(() => QemuPeer.StartAsync(options));
            }
        }
        finally
        {
            _gate.Release();
        }
        return await _peers[options].Value;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lazy in _peers.Values)
        {
            if (lazy.IsValueCreated)
            {
                try
                {
                    await (await lazy.Value).DisposeAsync();
                }
                catch (Exception)
                {
                    // a failed start was already reported to the test that asked for it
                }
            }
        }
        _peers.Clear();
    }

    private sealed class OptionsComparer : IEqualityComparer<QemuOptions>
    {
        public bool Equals(QemuOptions? x, QemuOptions? y) => Key(x) == Key(y);

        public int GetHashCode(QemuOptions obj) => Key(obj).GetHashCode(StringComparison.Ordinal);

        private static string Key(QemuOptions? o) => o is null ? "" :
            $"{o.Password}|{o.SpiceOptions}|{o.GuestMode}|{o.GuestAppend}|{o.MemoryMb}|{string.Join(' ', o.ExtraArgs)}";
    }
}
