namespace Spice.Client.Canvas;

/// <summary>
/// Ternary raster ops: the code's bit (4*p + 2*s + d) is the result for pattern bit p, source bit s, dest bit d
/// (so pattern = 0xF0, source = 0xCC, dest = 0xAA), applied bitwise to whole 32-bit pixels.
/// </summary>
internal static class Rop3
{
    public static uint Apply(byte code, uint p, uint s, uint d)
    {
        uint result = 0;
        for (int i = 0; i < 8; i++)
        {
            if ((code & (1 << i)) == 0)
            {
                continue;
            }

            uint term = (i & 4) != 0 ? p : ~p;
            term &= (i & 2) != 0 ? s : ~s;
            term &= (i & 1) != 0 ? d : ~d;
            result |= term;
        }

        return result;
    }
}
