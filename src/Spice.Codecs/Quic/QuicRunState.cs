namespace Spice.Codecs.Quic;

/// <summary>
/// Adaptation state shared by the channels coded together (R, G and B share one; alpha and gray have their own):
/// the pseudo-random model-update schedule, the wait-mask growth and the melcode run-length coder.
/// </summary>
internal sealed class QuicRunState
{
    public uint WaitCount;
    public uint Seed;
    public uint HalvingTrigger;
    public int WaitMaskIndex;
    public int WaitMaskLeft;
    public int MelcState;
    public int MelcLength;
    public int MelcOrder;

    public void Reset()
    {
        WaitCount = 0;
        Seed = QuicConstants.RandomSeedStart;
        WaitMaskIndex = 0;
        WaitMaskLeft = QuicConstants.WaitMaskIndexSpan;
        HalvingTrigger = QuicConstants.HalvingTrigger[0];
        MelcState = 0;
        MelcLength = QuicConstants.MelcodeOrder[0];
        MelcOrder = 1 << MelcLength;
    }

    public uint NextRandom() => QuicConstants.Chaos[(int)(++Seed & 0xFF)];

    /// <summary>Current wait mask: models are updated after every (random &amp; mask)+1 samples.</summary>
    public uint WaitMask => (1u << WaitMaskIndex) - 1;

    public void NextWaitMask()
    {
        WaitMaskIndex++;
        HalvingTrigger = QuicConstants.HalvingTrigger[Math.Min(WaitMaskIndex, 10)];
        WaitMaskLeft = QuicConstants.WaitMaskIndexSpan;
    }

    /// <summary>One full-length run was seen: expect longer runs.</summary>
    public void MelcUp()
    {
        if (MelcState < QuicConstants.MelcodeStates - 1)
        {
            MelcLength = QuicConstants.MelcodeOrder[++MelcState];
            MelcOrder = 1 << MelcLength;
        }
    }

    /// <summary>A run ended: expect slightly shorter runs.</summary>
    public void MelcDown()
    {
        if (MelcState > 0)
        {
            MelcLength = QuicConstants.MelcodeOrder[--MelcState];
            MelcOrder = 1 << MelcLength;
        }
    }
}
