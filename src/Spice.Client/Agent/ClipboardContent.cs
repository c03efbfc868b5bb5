using System.Text;
using Spice.Protocol.Agent;

namespace Spice.Client.Agent;

/// <summary>Clipboard data of one type: UTF-8 text, PNG, BMP, TIFF, JPEG or a file list.</summary>
public sealed record ClipboardContent(ClipboardType Type, ReadOnlyMemory<byte> Data)
{
    public static ClipboardContent FromText(string text) => new(ClipboardType.Utf8Text, Encoding.UTF8.GetBytes(text));

    /// <summary>The data as text when it is UTF-8 text; null otherwise.</summary>
    public string? Text => Type == ClipboardType.Utf8Text ? Encoding.UTF8.GetString(Data.Span) : null;
}
