namespace Spice.Codecs.Quic;

/// <summary>What a decoder needs to read one codeword of code l.</summary>
/// <param name="EscapeAtOrBelow">A 32-bit window at or below this starts with the escape prefix.</param>
/// <param name="EscapeLength">Total length of an escape word (prefix plus suffix).</param>
/// <param name="GrCount">Values coded as ordinary Golomb-Rice words; escaped values start here.</param>
/// <param name="SuffixMask">Mask of the escape word's binary suffix.</param>
/// <param name="LowMask">Mask of the l low bits of a Golomb-Rice word.</param>
/// <param name="L">The Golomb parameter itself.</param>
internal readonly record struct QuicCodeParams(uint EscapeAtOrBelow, int EscapeLength, uint GrCount, uint SuffixMask, uint LowMask, int L);
