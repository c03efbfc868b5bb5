using System.Text;

namespace Spice.Server.Agent;

/// <summary>
/// Decides whether a file name sent by a client may be created in the share folder: a plain name,
/// no directories (no separators, no "..", nothing absolute), no control characters, not too long.
/// </summary>
public static class SafeFileName
{
    /// <summary>Longest name in UTF-8 bytes, as most file systems allow.</summary>
    public const int MaxBytes = 255;

    public static bool IsSafe(string? name, out string reason)
    {
        reason = Check(name) ?? string.Empty;
        return reason.Length == 0;
    }

    private static string? Check(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "the name is empty";
        }

        if (name is "." or ".." || name.Contains("..", StringComparison.Ordinal))
        {
            return "the name contains '..'";
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(name) || (name.Length >= 2 && name[1] == ':'))
        {
            return "the name is a path, not a file name";
        }

        if (name.Any(char.IsControl))
        {
            return "the name contains control characters";
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxBytes)
        {
            return $"the name is longer than {MaxBytes} bytes";
        }

        if (name.StartsWith(FileXferReceiver.TempPrefix, StringComparison.Ordinal))
        {
            return "the name is reserved for unfinished transfers";
        }

        return null;
    }
}
