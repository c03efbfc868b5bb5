using Spice.Codecs.Jpeg;

namespace Spice.Codecs.Tests.Jpeg;

/// <summary>The AAN DCT with folded quantization against T.81's DCT formula (A.3.3) in double precision.</summary>
public class JpegForwardDctTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public unsafe void MatchesTheDefinitionWithinRounding(bool vectorized, bool annexKTable)
    {
        var quantizers = new byte[64];
        if (annexKTable)
        {
            JpegQuantization.Scale(JpegQuantization.LuminanceBase, 50, quantizers);
        }
        else
        {
            quantizers.AsSpan().Fill(1);
        }

        var multipliers = new float[64];
        JpegForwardDct.BuildMultipliers(quantizers, multipliers);
        var rng = new Random(vectorized ? 7 : 8);
        var samples = new float[8 * 11];
        var output = new int[64];
        int offByOne = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            // Rows 11 floats apart, as blocks sit inside a wider plane; some blocks smooth, some noise.
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] = trial % 2 == 0 ? rng.Next(-128, 128) : (i % 11 * 9) - 40 + rng.Next(-3, 4);
            }

            fixed (float* src = samples)
            fixed (float* mul = multipliers)
            fixed (int* dest = output)
            {
                JpegForwardDct.Transform(src, 11, mul, dest, vectorized);
            }

            for (int v = 0; v < 8; v++)
            {
                for (int u = 0; u < 8; u++)
                {
                    double expected = Math.Clamp(Dct(samples, 11, u, v) / quantizers[(v * 8) + u], -1023, 1023);
                    int actual = output[(u * 8) + v];
                    Assert.True(Math.Abs(actual - expected) <= 0.5 + 1e-3 || (Math.Abs(actual - expected) < 1 && ++offByOne > 0),
                        $"trial {trial} (u {u}, v {v}): {actual}, expected {expected:F3}");
                }
            }
        }

        // Float rounding may tip a value sitting almost exactly on .5; it must stay rare.
        Assert.True(offByOne < 20, $"{offByOne} coefficients rounded the other way");
    }

    [Fact]
    public void ZigzagIsT81FigureA6()
    {
        Assert.Equal(new byte[] { 0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48 }, JpegZigzag.Natural[..22]);
        Assert.Equal(new byte[] { 61, 54, 47, 55, 62, 63 }, JpegZigzag.Natural[58..]);
        Assert.Equal(64, JpegZigzag.Natural.Distinct().Count());
    }

    private static double Dct(float[] samples, int stride, int u, int v)
    {
        double sum = 0;
        for (int y = 0; y < 8; y++)
        {
            for (int x = 0; x < 8; x++)
            {
                sum += samples[(y * stride) + x] * Math.Cos(((2 * x) + 1) * u * Math.PI / 16) * Math.Cos(((2 * y) + 1) * v * Math.PI / 16);
            }
        }

        double cu = u == 0 ? 1 / Math.Sqrt(2) : 1;
        double cv = v == 0 ? 1 / Math.Sqrt(2) : 1;
        return cu * cv * sum / 4;
    }
}
