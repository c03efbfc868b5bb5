namespace Spice.Client.Agent;

/// <summary>One monitor of a layout asked of the agent: size and position in the guest's desktop.</summary>
public readonly record struct MonitorLayout(int Width, int Height, int X = 0, int Y = 0)
{
    /// <summary>Monitors placed left to right, tops aligned.</summary>
    public static IReadOnlyList<MonitorLayout> SideBySide(params (int Width, int Height)[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var layout = new MonitorLayout[sizes.Length];
        var x = 0;
        for (var i = 0; i < sizes.Length; i++)
        {
            layout[i] = new MonitorLayout(sizes[i].Width, sizes[i].Height, x, 0);
            x += sizes[i].Width;
        }

        return layout;
    }
}
