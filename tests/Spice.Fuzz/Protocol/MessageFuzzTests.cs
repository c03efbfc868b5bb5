using System.Buffers.Binary;
using Spice.Protocol.Messages;
using Spice.Protocol.Samples;

namespace Spice.Fuzz.Protocol;

/// <summary>Random and mutated bodies fed to every message parser: only SpiceProtocolException may escape.</summary>
public class MessageFuzzTests
{
    private static void ParseAny(Spice.Protocol.ChannelType? channel, bool fromServer, ushort type, byte[] body)
    {
        var c = channel ?? Spice.Protocol.ChannelType.Main;
        try
        {
            _ = fromServer
                ? MessageCatalog.TryReadServerMessage(c, type, body, out _)
                : MessageCatalog.TryReadClientMessage(c, type, body, out _);
        }
        catch (Spice.Protocol.SpiceProtocolException)
        {
        }
    }

    [Fact]
    public void Random_bodies_for_every_message_type()
    {
        var random = new Random(1234);
        var targets = MessageCatalog.ServerMessageTypes.Select(t => (t.Channel, true, t.Type))
            .Concat(MessageCatalog.ClientMessageTypes.Select(t => (t.Channel, false, t.Type)))
            .ToList();
        Assert.True(targets.Count > 90);

        foreach (var (channel, fromServer, type) in targets)
        {
            for (var i = 0; i < 300; i++)
            {
                var body = new byte[random.Next(0, i < 150 ? 48 : 400)];
                random.NextBytes(body);
                if (body.Length >= 8 && random.Next(2) == 0)
                {
                    // Small offsets and counts reach deeper than uniform noise does.
                    var at = random.Next(body.Length - 4);
                    BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(at), (uint)random.Next(body.Length + 8));
                }

                ParseAny(channel, fromServer, type, body);
            }
        }
    }

    [Fact]
    public void Mutated_valid_bodies()
    {
        var random = new Random(5678);
        foreach (var (channel, fromServer, message) in ProtocolSamples.All)
        {
            var original = SpiceMessage.ToBytes(message);
            for (var i = 0; i < 2000; i++)
            {
                var body = BodyMutator.Mutate(random, original);
                ParseAny(channel, fromServer, message.MessageType, body);
            }
        }
    }
}
