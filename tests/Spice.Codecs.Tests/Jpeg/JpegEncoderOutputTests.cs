using System.Buffers;
using Spice.Codecs.Jpeg;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>The encoder writes straight into whatever <see cref="IBufferWriter{T}"/> it is given.</summary>
public class JpegEncoderOutputTests
{
    [Theory]
    [InlineData(640, 480, 95)]
    [InlineData(33, 17, 80)]
    public void ChunkedWriterGetsTheSameBytes(int width, int height, int quality)
    {
        var image = JpegTestImage.Create(width, height, width * 4, seed: 9);
        var expected = JpegEncoderShapeTests.Encode(image, quality);
        var chunked = new ChunkedWriter();
        int length = JpegEncoder.Encode(image.Bgra, width, height, image.Stride, quality, chunked);

        Assert.Equal(expected.Length, length);
        Assert.Equal(expected, chunked.ToArray());
        Assert.True(chunked.Chunks > 2, $"only {chunked.Chunks} chunks");
    }

    [Fact]
    public void AppendsAfterWhatTheWriterAlreadyHolds()
    {
        var image = JpegTestImage.Create(50, 40, 200, seed: 4);
        var expected = JpegEncoderShapeTests.Encode(image, 70);
        var output = new ArrayBufferWriter<byte>();
        output.Write("prefix"u8);
        int length = JpegEncoder.Encode(image.Bgra, 50, 40, 200, 70, output);
        Assert.Equal(expected.Length, length);
        Assert.Equal([.. "prefix"u8, .. expected], output.WrittenSpan.ToArray());
    }

    /// <summary>Hands out spans of exactly the size asked for (at least 1), each in a fresh array, like a segmented pipe.</summary>
    private sealed class ChunkedWriter : IBufferWriter<byte>
    {
        private readonly List<byte[]> _chunks = [];
        private readonly MemoryStream _written = new();
        private byte[] _current = [];

        public int Chunks => _chunks.Count;

        public void Advance(int count)
        {
            Assert.InRange(count, 0, _current.Length);
            _written.Write(_current, 0, count);
            _current = [];
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => GetArray(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => GetArray(sizeHint);

        public byte[] ToArray() => _written.ToArray();

        private byte[] GetArray(int sizeHint)
        {
            _current = new byte[Math.Max(1, sizeHint)];
            Array.Fill(_current, (byte)0xCD);
            _chunks.Add(_current);
            return _current;
        }
    }
}
