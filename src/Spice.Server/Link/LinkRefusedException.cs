using Spice.Protocol;

namespace Spice.Server.Link;

/// <summary>A link the server turns down, with the error code the client is told.</summary>
internal sealed class LinkRefusedException : Exception
{
    public LinkRefusedException(LinkError result, string reason) : base(reason)
    {
        Result = result;
    }

    public LinkRefusedException()
    {
    }

    public LinkRefusedException(string message) : base(message)
    {
    }

    public LinkRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public LinkError Result { get; } = LinkError.Error;
}
