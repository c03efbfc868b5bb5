using Microsoft.Extensions.Logging;

namespace Spice.Server.Tests;

/// <summary>A server on a free loopback port that records its log lines.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private TestServer(SpiceServer server, ListLoggerProvider log)
    {
        Server = server;
        Log = log;
    }

    public SpiceServer Server { get; }

    public ListLoggerProvider Log { get; }

    public int Port => Server.Port;

    public static async Task<TestServer> StartAsync(string? password = "secret", DateTimeOffset? expiry = null, int width = 64, int height = 48)
    {
        var log = new ListLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var options = new SpiceServerOptions { Port = 0, Password = password, PasswordExpiry = expiry, LoggerFactory = factory };
        var server = new SpiceServer(options, new SpiceDisplay(width, height));
        await server.StartAsync();
        return new TestServer(server, log);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
