namespace Spice.Codecs.Quic;

/// <summary>Whether a row has a row above it, as a type so the JIT compiles the row loops once per case without the test.</summary>
internal interface IQuicRowKind
{
    static abstract bool HasAbove { get; }
}

/// <summary>Row 0: prediction from the left only, no run mode.</summary>
internal readonly struct QuicFirstRow : IQuicRowKind
{
    public static bool HasAbove => false;
}

/// <summary>Rows after the first: prediction from left and above, run mode enabled.</summary>
internal readonly struct QuicLaterRow : IQuicRowKind
{
    public static bool HasAbove => true;
}
