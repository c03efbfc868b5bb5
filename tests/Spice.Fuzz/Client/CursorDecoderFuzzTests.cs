using Spice.Client.Cursor;
using Spice.Protocol;
using Spice.Protocol.Messages.Cursor;

namespace Spice.Fuzz.Client;

/// <summary>Random headers and data for the cursor decoder: a shape, null (not rendered) or SpiceProtocolException, nothing else.</summary>
public sealed class CursorDecoderFuzzTests
{
    [Fact]
    public void Random_headers_and_data()
    {
        var random = new Random(4242);
        var decoded = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var type = (CursorType)random.Next(0, 9);
            var width = (ushort)(random.Next(4) == 0 ? random.Next(ushort.MaxValue + 1) : random.Next(0, 70));
            var height = (ushort)(random.Next(4) == 0 ? random.Next(ushort.MaxValue + 1) : random.Next(0, 70));
            var header = new CursorHeader((ulong)i, type, width, height, (ushort)random.Next(0, 80), (ushort)random.Next(0, 80));
            var data = new byte[random.Next(2) == 0 ? random.Next(0, 64) : random.Next(0, (int)Math.Min((long)width * height * 4, 1 << 20) + 2048)];
            random.NextBytes(data);
            try
            {
                if (CursorDecoder.Decode(header, data) is { } shape)
                {
                    decoded++;
                    Assert.Equal(shape.Width * shape.Height * 4, shape.Bgra.Length);
                }
            }
            catch (SpiceProtocolException)
            {
            }
        }

        Assert.True(decoded > 1000, $"only {decoded} cursors decoded: the generator misses the valid cases");
    }
}
