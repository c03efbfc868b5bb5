namespace Spice.Codecs.Jpeg;

/// <summary>
/// The zigzag scan of T.81 (figure A.6): coefficient k of the entropy-coded sequence is natural (row-major) index
/// <see cref="Natural"/>[k]. Walked out from the rule (alternate anti-diagonals, starting rightward) rather than
/// typed, so it cannot hold a typo.
/// </summary>
internal static class JpegZigzag
{
    public static readonly byte[] Natural = Build();

    private static byte[] Build()
    {
        var order = new byte[64];
        int k = 0;
        for (int diagonal = 0; diagonal < 15; diagonal++)
        {
            int first = Math.Max(0, diagonal - 7);
            int last = Math.Min(7, diagonal);
            for (int i = first; i <= last; i++)
            {
                // Even diagonals run up and to the right (row falls), odd ones down and to the left.
                int row = diagonal % 2 == 0 ? diagonal - i : i;
                order[k++] = (byte)((row * 8) + (diagonal - row));
            }
        }

        return order;
    }
}
