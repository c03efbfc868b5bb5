namespace Spice.Protocol;

/// <summary>A growable bitset of capability numbers, carried on the wire as uint32 words.</summary>
public sealed class Capabilities
{
    private uint[] _words;

    public Capabilities()
    {
        _words = [];
    }

    private Capabilities(uint[] words)
    {
        _words = words;
    }

    /// <summary>Number of significant words (trailing zero words are not counted).</summary>
    public int WordCount
    {
        get
        {
            var n = _words.Length;
            while (n > 0 && _words[n - 1] == 0)
            {
                n--;
            }

            return n;
        }
    }

    public Capabilities Set(int capability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capability);
        var word = capability / 32;
        if (word >= ProtocolLimits.MaxCapsWords)
        {
            throw new ArgumentOutOfRangeException(nameof(capability), "capability number beyond the caps word limit");
        }

        if (word >= _words.Length)
        {
            Array.Resize(ref _words, word + 1);
        }

        _words[word] |= 1u << (capability % 32);
        return this;
    }

    public Capabilities Set<TEnum>(TEnum capability) where TEnum : struct, Enum => Set(Convert.ToInt32(capability));

    public void Clear(int capability)
    {
        var word = capability / 32;
        if (capability >= 0 && word < _words.Length)
        {
            _words[word] &= ~(1u << (capability % 32));
        }
    }

    public bool Has(int capability)
    {
        var word = capability / 32;
        return capability >= 0 && word < _words.Length && (_words[word] & (1u << (capability % 32))) != 0;
    }

    public bool Has<TEnum>(TEnum capability) where TEnum : struct, Enum => Has(Convert.ToInt32(capability));

    /// <summary>The significant words, ready for the link message.</summary>
    public uint[] ToWords() => _words.AsSpan(0, WordCount).ToArray();

    public static Capabilities FromWords(ReadOnlySpan<uint> words)
    {
        if (words.Length > ProtocolLimits.MaxCapsWords)
        {
            throw new SpiceProtocolException($"{words.Length} capability words exceed the limit of {ProtocolLimits.MaxCapsWords}", Protocol.LinkError.InvalidData);
        }

        return new Capabilities(words.ToArray());
    }

    /// <summary>Capabilities both sides have: what a channel may actually use.</summary>
    public Capabilities Intersect(Capabilities other)
    {
        var n = Math.Min(_words.Length, other._words.Length);
        var result = new uint[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = _words[i] & other._words[i];
        }

        return new Capabilities(result);
    }

    public override string ToString() => string.Join(",", Enumerable.Range(0, _words.Length * 32).Where(Has));
}
