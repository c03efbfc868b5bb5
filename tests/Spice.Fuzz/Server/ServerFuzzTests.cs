using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Spice.Protocol;
using Spice.Protocol.Link;
using Spice.Server;

namespace Spice.Fuzz.Server;

/// <summary>
/// The server's parsers under noise: the link message parser alone, then a live server fed
/// mutated link messages and random channel messages cut at arbitrary points. Nothing may
/// escape as an unexpected exception (the server logs those as event 16), and the server must
/// go on linking well-behaved clients.
/// </summary>
public sealed class ServerFuzzTests
{
    [Fact]
    public void Link_message_parser_only_refuses()
    {
        var random = new Random(21);
        var valid = FuzzLink.LinkMessage(1, 0)[16..];
        for (var i = 0; i < 20_000; i++)
        {
            var input = i % 2 == 0 ? Mutate(valid, random) : Noise(random, random.Next(0, 80));
            try
            {
                LinkMess.Read(input);
            }
            catch (SpiceProtocolException e)
            {
                // the server answers a refused link with this error, so every refusal must carry one
                Assert.NotNull(e.LinkError);
            }
        }
    }

    [Fact]
    public async Task Live_server_survives_mutated_links_and_random_messages()
    {
        using var failures = new ServerFailureLog();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(failures));
        var options = new SpiceServerOptions { Port = 0, LoggerFactory = loggers, LinkTimeout = TimeSpan.FromSeconds(2) };
        await using var server = new SpiceServer(options, new SpiceDisplay(128, 96));
        await server.StartAsync();
        var random = new Random(5);

        for (var i = 0; i < 60; i++)
        {
            using var tcp = await FuzzLink.ConnectAsync(server.Port);
            var message = Mutate(FuzzLink.LinkMessage((byte)random.Next(1, 5), 0), random);
            try
            {
                await FuzzLink.SendChunkedAsync(tcp.GetStream(), message, random);
            }
            catch (IOException)
            {
                // The server closing a mutated link before all of it arrived is a correct answer.
            }
        }

        for (var round = 0; round < 6; round++)
        {
            using var main = await FuzzLink.ConnectAsync(server.Port);
            var sessionId = await FuzzLink.LinkAsync(main, 1, 0);
            foreach (var channel in new byte[] { 2, 3, 4, 1 })
            {
                using var tcp = channel == 1 ? main : await FuzzLink.ConnectAsync(server.Port);
                if (channel != 1)
                {
                    await FuzzLink.LinkAsync(tcp, channel, sessionId);
                }

                var stream = new MemoryStream();
                for (var m = 0; m < 40; m++)
                {
                    var body = Noise(random, random.Next(0, 48));
                    var header = new byte[6];
                    BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)random.Next(1, 120));
                    BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(2), (uint)body.Length);
                    stream.Write(header);
                    stream.Write(body);
                }

                try
                {
                    await FuzzLink.SendChunkedAsync(tcp.GetStream(), stream.ToArray(), random);
                }
                catch (IOException)
                {
                }
            }
        }

        await failures.AssertServerSurvivedAsync(server.Port, TimeSpan.FromMilliseconds(200));
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var copy = (byte[])valid.Clone();
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return random.Next(4) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }

    private static byte[] Noise(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
