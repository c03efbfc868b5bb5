using System.Buffers.Binary;

namespace Spice.Fuzz;

/// <summary>Mutates a valid message body the ways parsers most often get wrong: flipped bits, hostile lengths and counts, cut or padded ends.</summary>
internal static class BodyMutator
{
    /// <summary>A copy of <paramref name="original"/> with one to three mutations.</summary>
    public static byte[] Mutate(Random random, byte[] original)
    {
        var body = (byte[])original.Clone();
        for (var round = random.Next(1, 4); round > 0; round--)
        {
            switch (random.Next(6))
            {
                case 0 when body.Length > 0:
                    body[random.Next(body.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when body.Length >= 4:
                    // A 32-bit field turned into a huge, a plausible or a sign-bit count or offset.
                    var value = random.Next(3) switch
                    {
                        0 => uint.MaxValue,
                        1 => (uint)random.Next(body.Length + 16),
                        _ => 0x80000000u,
                    };
                    BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(random.Next(body.Length - 3)), value);
                    break;
                case 2 when body.Length > 0:
                    body = body[..random.Next(body.Length)];
                    break;
                case 3:
                    var longer = new byte[body.Length + random.Next(1, 32)];
                    body.CopyTo(longer, 0);
                    random.NextBytes(longer.AsSpan(body.Length));
                    body = longer;
                    break;
                case 4 when body.Length > 0:
                    body[random.Next(body.Length)] = (byte)random.Next(256);
                    break;
                default:
                    if (body.Length >= 2)
                    {
                        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(random.Next(body.Length - 1)), ushort.MaxValue);
                    }

                    break;
            }
        }

        return body;
    }
}
