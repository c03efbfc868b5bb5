using System.Text.Json;

namespace Spice.Web;

internal enum ViewerInputKind
{
    Key,
    Move,
    Button,
    Wheel,
    Resize,
}

/// <summary>
/// What the page sends, one JSON object per text frame:
/// <code>
///   {"t":"key","code":"KeyA","down":true}          KeyboardEvent.code, mapped to a scancode here
///   {"t":"move","x":10,"y":20,"dx":1,"dy":0}       canvas pixels, and the motion since the last move
///   {"t":"button","button":0,"down":true}          MouseEvent.button: 0 left, 1 middle, 2 right, 3 back, 4 forward
///   {"t":"wheel","dy":-120}                        negative is up
///   {"t":"resize","w":1280,"h":800}                the page's viewport, for the guest agent
/// </code>
/// </summary>
internal readonly record struct ViewerInput(ViewerInputKind Kind, string Code = "", bool Down = false, int X = 0, int Y = 0, int Dx = 0, int Dy = 0, int Button = 0)
{
    /// <summary>False for anything malformed or unknown: a page of another version is ignored, not fatal.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ViewerInput input)
    {
        input = default;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("t", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            input = type.GetString() switch
            {
                "key" => new ViewerInput(ViewerInputKind.Key, Code: Text(root, "code"), Down: Flag(root, "down")),
                "move" => new ViewerInput(ViewerInputKind.Move, X: Number(root, "x"), Y: Number(root, "y"), Dx: Number(root, "dx"), Dy: Number(root, "dy")),
                "button" => new ViewerInput(ViewerInputKind.Button, Button: Number(root, "button"), Down: Flag(root, "down")),
                "wheel" => new ViewerInput(ViewerInputKind.Wheel, Dy: Number(root, "dy")),
                "resize" => new ViewerInput(ViewerInputKind.Resize, X: Number(root, "w"), Y: Number(root, "h")),
                _ => throw new FormatException("unknown type"),
            };
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;

    private static bool Flag(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Browsers send fractional pixels when zoomed; they are rounded, and clamped to what a screen can be.</summary>
    private static int Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? (int)Math.Clamp(Math.Round(value.GetDouble()), -65535, 65535)
            : 0;
}
