namespace Spice.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("spice: no commands yet");
        return args.Length == 0 ? 0 : 2;
    }
}
