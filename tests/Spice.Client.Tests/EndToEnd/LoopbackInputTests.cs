using Spice.Client.Input;
using Spice.Protocol.Messages.Inputs;

namespace Spice.Client.Tests.EndToEnd;

/// <summary>What our client sends on the inputs channel arrives at our server's input sink, unchanged.</summary>
public sealed class LoopbackInputTests
{
    [Fact]
    public async Task Keys_including_extended_ones_reach_the_sink()
    {
        var sink = new RecordingInputSink();
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240), inputs: sink);
        await using var session = await server.ConnectAsync();
        var inputs = session.Inputs ?? throw new Xunit.Sdk.XunitException("no inputs channel");

        await inputs.SendKeyAsync(0x1E, down: true);
        await inputs.SendKeyAsync(0x1E, down: false);
        await inputs.SendKeyAsync(Scancode.RightCtrl, down: true);
        await inputs.SendKeyAsync(Scancode.RightCtrl, down: false);
        await inputs.SendKeyAsync(Scancode.Delete, down: true);
        await inputs.SendKeyAsync(Scancode.Delete, down: false);
        await inputs.TapKeyAsync(Scancode.Left);

        Assert.Equal(
            ["down 1e", "up 1e", "down 11d", "up 11d", "down 153", "up 153", "down 14b", "up 14b"],
            await sink.WaitForAsync(8));
    }

    [Fact]
    public async Task Typed_text_holds_shift_for_capitals()
    {
        var sink = new RecordingInputSink();
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240), inputs: sink);
        await using var session = await server.ConnectAsync();

        await session.TypeTextAsync("aB");

        Assert.Equal(["down 1e", "up 1e", "down 2a", "down 30", "up 30", "up 2a"], await sink.WaitForAsync(6));
    }

    [Fact]
    public async Task Mouse_motion_position_buttons_and_wheel_reach_the_sink()
    {
        var sink = new RecordingInputSink();
        await using var server = await LoopbackServer.StartAsync(LoopbackServer.Crop("solid-ui", 320, 240), inputs: sink);
        await using var session = await server.ConnectAsync();
        var inputs = session.Inputs ?? throw new Xunit.Sdk.XunitException("no inputs channel");

        await inputs.SetMousePositionAsync(200, 150);
        await inputs.PressButtonAsync(MouseButton.Left);
        await inputs.MoveMouseAsync(-3, 7);
        await inputs.ReleaseButtonAsync(MouseButton.Left);
        await inputs.PressButtonAsync(MouseButton.Right);
        await inputs.ReleaseButtonAsync(MouseButton.Right);
        await inputs.ScrollAsync(up: true);
        await inputs.ScrollAsync(up: false);

        Assert.Equal(
            [
                "position 200,150 None on 0",
                "press Left Left",
                "motion -3,7 Left",
                "release Left None",
                "press Right Right",
                "release Right None",
                "press WheelUp WheelUp",
                "release WheelUp None",
                "press WheelDown WheelDown",
                "release WheelDown None",
            ],
            await sink.WaitForAsync(10));
    }
}
