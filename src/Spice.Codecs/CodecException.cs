namespace Spice.Codecs;

/// <summary>
/// Compressed data that cannot be decoded: truncated, corrupt, or describing an image larger than allowed.
/// Every decoder throws this (never an IndexOutOfRangeException) so callers can drop the image and go on.
/// </summary>
public class CodecException : Exception
{
    public CodecException(string message) : base(message) { }

    public CodecException(string message, Exception inner) : base(message, inner) { }

    public CodecException() { }
}
