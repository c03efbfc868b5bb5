using System.Buffers.Binary;

namespace Spice.Server.Wire;

/// <summary>A capability bitset as carried in link messages: uint32 words, bit n of word n/32.</summary>
internal sealed class CapabilitySet
{
    private uint[] _words;

    public CapabilitySet(params int[] capabilities)
    {
        _words = [];
        foreach (var cap in capabilities)
        {
            Set(cap);
        }
    }

    private CapabilitySet(uint[] words)
    {
        _words = words;
    }

    public int WordCount => _words.Length;

    public static CapabilitySet Read(ReadOnlySpan<byte> source, int words)
    {
        var result = new uint[words];
        for (var i = 0; i < words; i++)
        {
            result[i] = BinaryPrimitives.ReadUInt32LittleEndian(source[(i * 4)..]);
        }

        return new CapabilitySet(result);
    }

    public void Set(int capability)
    {
        var word = capability / 32;
        if (word >= _words.Length)
        {
            Array.Resize(ref _words, word + 1);
        }

        _words[word] |= 1u << (capability % 32);
    }

    public bool Has(int capability)
    {
        var word = capability / 32;
        return capability >= 0 && word < _words.Length && (_words[word] & (1u << (capability % 32))) != 0;
    }

    public void WriteTo(Span<byte> destination)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(destination[(i * 4)..], _words[i]);
        }
    }

    public override string ToString() => string.Join(',', Enumerable.Range(0, _words.Length * 32).Where(Has));
}
