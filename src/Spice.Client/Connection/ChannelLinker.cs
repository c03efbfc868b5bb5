using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;

namespace Spice.Client.Connection;

/// <summary>
/// The link handshake, client side: link header + link mess out; link header + link reply in;
/// the auth mechanism (when both sides have auth selection); the RSA-OAEP encrypted ticket out;
/// the link result in. Every read is bounded by the connect timeout.
/// </summary>
internal static class ChannelLinker
{
    public static Capabilities ClientCommonCaps() =>
        new Capabilities().Set(CommonCapability.AuthSelection).Set(CommonCapability.AuthSpice).Set(CommonCapability.MiniHeader);

    public static async Task<LinkedStream> LinkAsync(Stream stream, LinkMess mess, SpiceConnectOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var ct = timeout.Token;
        try
        {
            using (var w = new SpiceWriter())
            {
                mess.WriteWithHeader(w);
                await stream.WriteAsync(w.WrittenMemory, ct).ConfigureAwait(false);
            }

            var headerBytes = new byte[LinkHeader.WireSize];
            await stream.ReadExactlyAsync(headerBytes, ct).ConfigureAwait(false);
            LinkHeader header;
            try
            {
                header = LinkHeader.Read(headerBytes);
            }
            catch (SpiceProtocolException e) when (e.LinkError is LinkError.InvalidMagic)
            {
                throw new SpiceConnectionException($"{options} does not speak SPICE (no SPICE link reply)", e);
            }

            var replyBytes = new byte[header.Size];
            await stream.ReadExactlyAsync(replyBytes, ct).ConfigureAwait(false);
            var reply = LinkReply.Read(replyBytes);
            if (reply.Error != LinkError.Ok)
            {
                throw new SpiceLinkException(mess.ChannelType, reply.Error);
            }

            await SendTicketAsync(stream, mess, reply, options.Password, ct).ConfigureAwait(false);

            var resultBytes = new byte[LinkResult.WireSize];
            await stream.ReadExactlyAsync(resultBytes, ct).ConfigureAwait(false);
            var result = LinkResult.Read(resultBytes);
            if (result.Error != LinkError.Ok)
            {
                throw new SpiceLinkException(mess.ChannelType, result.Error);
            }

            return new LinkedStream(stream, mess.ChannelType, mess.ChannelId, reply.CommonCaps, reply.ChannelCaps, mess.CommonCaps, mess.ChannelCaps);
        }
        catch (EndOfStreamException e)
        {
            throw new SpiceConnectionException($"{options} closed the connection during the {mess.ChannelType} channel link", e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SpiceConnectionException($"{options} did not complete the {mess.ChannelType} channel link within {options.ConnectTimeout.TotalSeconds:0.#} s");
        }
    }

    private static async Task SendTicketAsync(Stream stream, LinkMess mess, LinkReply reply, string? password, CancellationToken ct)
    {
        using var w = new SpiceWriter();
        if (reply.CommonCaps.Has(CommonCapability.AuthSelection) && mess.CommonCaps.Has(CommonCapability.AuthSelection))
        {
            if (!reply.CommonCaps.Has(CommonCapability.AuthSpice))
            {
                throw new SpiceLinkException($"the server offers only SASL authentication for the {mess.ChannelType} channel, which is not supported");
            }

            new LinkAuthMechanism(AuthMechanism.Spice).Write(w);
        }

        w.WriteBytes(SpiceTicket.Encrypt(reply.PubKey.Span, password ?? string.Empty));
        await stream.WriteAsync(w.WrittenMemory, ct).ConfigureAwait(false);
    }
}
