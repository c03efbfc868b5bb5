namespace Spice.Protocol.Tests;

/// <summary>Indexes 0..count-1 as theory data, so a table of layout cases shows up as one test per row.</summary>
internal static class LayoutCases
{
    public static TheoryData<int> Indexes(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }
}
