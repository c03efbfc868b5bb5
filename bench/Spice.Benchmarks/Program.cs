using BenchmarkDotNet.Running;
using Spice.Benchmarks;

if (ServerConsole.Handles(args))
{
    await ServerConsole.RunAsync(args);
    return;
}

if (AudioConsole.Handles(args))
{
    await AudioConsole.RunAsync(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
