using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Spice.Protocol;
using Spice.Protocol.Framing;
using Spice.Protocol.Link;
using Spice.Server.Channels;
using Spice.Server.Link;

namespace Spice.Server;

// The link handshake, as reds.cpp runs it:
//   client: SpiceLinkHeader { uint32 magic "REDQ", major 2, minor 2, size } + SpiceLinkMess + caps
//   server: SpiceLinkHeader + SpiceLinkReply { uint32 error, uint8 pub_key[162], num_common_caps,
//           num_channel_caps, caps_offset } + caps
//   client: [uint32 auth mechanism, when both sides have AUTH_SELECTION] + RSA-OAEP(SHA-1) ticket
//   server: uint32 link result
// Errors found before the reply is sent are answered with a reply carrying only the error code;
// errors after it are answered with the link result.
public sealed partial class SpiceServer
{
    private static readonly Capabilities ServerCommonCaps = new Capabilities().Set(CommonCapability.AuthSelection).Set(CommonCapability.AuthSpice).Set(CommonCapability.MiniHeader);

    private async Task ServeConnectionAsync(Socket socket, bool secure, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var remote = socket.RemoteEndPoint?.ToString() ?? "unknown";
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        if (secure)
        {
            var tls = await AcceptTlsAsync(stream, remote, cancellationToken).ConfigureAwait(false);
            if (tls is null)
            {
                return;
            }

            stream = tls;
        }
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        ServerMetrics.Connections.Add(1);
        try
        {
            ChannelConnection? channel = null;
            using (var linkTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                linkTimeout.CancelAfter(Options.LinkTimeout);
                try
                {
                    if (await WebSocketUpgrade.IsUpgradeAsync(reader, linkTimeout.Token).ConfigureAwait(false))
                    {
                        var frames = await WebSocketUpgrade.AcceptAsync(reader, stream, linkTimeout.Token).ConfigureAwait(false);
                        await reader.CompleteAsync().ConfigureAwait(false);
                        reader = PipeReader.Create(frames, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
                        stream = new StackedStream(frames, stream);
                    }

                    channel = await LinkAsync(stream, reader, remote, secure, linkTimeout.Token).ConfigureAwait(false);
                }
                catch (LinkRefusedException e)
                {
                    ServerMetrics.LinksRefused.Add(1);
                    ServerLog.LinkRefused(_logger, remote, e.Result.ToString(), e.Message);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    ServerLog.LinkAbandoned(_logger, remote, "timed out");
                }
                catch (Exception e) when (e is IOException or SocketException or WebSocketException or ObjectDisposedException)
                {
                    ServerLog.LinkAbandoned(_logger, remote, e.Message);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    ServerLog.LinkFailed(_logger, remote, e);
                }
            }

            if (channel is not null)
            {
                await channel.RunAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            ServerMetrics.Connections.Add(-1);
            await reader.CompleteAsync().ConfigureAwait(false);
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<ChannelConnection> LinkAsync(Stream stream, PipeReader reader, string remote, bool secure, CancellationToken cancellationToken)
    {
        var header = LinkHeader.ReadUnchecked(await ReadExactAsync(reader, LinkHeader.WireSize, cancellationToken).ConfigureAwait(false));
        if (header.Magic == LinkHeader.SpiceMagic && header.MajorVersion == 0)
        {
            // A client this old cannot read a 2.x reply: spice-server just closes.
            throw new LinkRefusedException(LinkError.VersionMismatch, "protocol version 0");
        }

        try
        {
            header.Validate();
        }
        catch (SpiceProtocolException e)
        {
            await RefuseAsync(stream, e.LinkError ?? LinkError.InvalidData, e.Message, cancellationToken).ConfigureAwait(false);
        }

        if (header.Size < LinkMess.FixedSize)
        {
            await RefuseAsync(stream, LinkError.InvalidData, $"link message size {header.Size}", cancellationToken).ConfigureAwait(false);
        }

        var body = await ReadExactAsync(reader, (int)header.Size, cancellationToken).ConfigureAwait(false);
        LinkMess request;
        try
        {
            request = LinkMess.Read(body);
        }
        catch (SpiceProtocolException e)
        {
            await RefuseAsync(stream, e.LinkError ?? LinkError.InvalidData, e.Message, cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (request.ChannelId != 0 || request.ChannelType is < ChannelType.Main or > ChannelType.Record)
        {
            await RefuseAsync(stream, LinkError.ChannelNotAvailable, $"no channel {(byte)request.ChannelType}:{request.ChannelId}", cancellationToken).ConfigureAwait(false);
        }

        if (!ChannelAllowedOn(request.ChannelType, secure))
        {
            await RefuseAsync(stream, LinkError.NeedSecured, $"the {request.ChannelType} channel must use TLS", cancellationToken).ConfigureAwait(false);
        }

        using var rsa = SpiceTicket.GenerateKey();
        await SendLinkReplyAsync(stream, rsa, request.ChannelType, cancellationToken).ConfigureAwait(false);

        if (request.CommonCaps.Has(CommonCapability.AuthSelection))
        {
            var mechanism = LinkAuthMechanism.Read(await ReadExactAsync(reader, LinkAuthMechanism.WireSize, cancellationToken).ConfigureAwait(false)).Mechanism;
            if (mechanism != AuthMechanism.Spice)
            {
                await FailLinkAsync(stream, LinkError.InvalidData, $"unsupported auth mechanism {(uint)mechanism}", cancellationToken).ConfigureAwait(false);
            }
        }

        var ticket = await ReadExactAsync(reader, SpiceTicket.EncryptedSize, cancellationToken).ConfigureAwait(false);
        if (!TicketAccepted(rsa, ticket, out var why))
        {
            await FailLinkAsync(stream, LinkError.PermissionDenied, why, cancellationToken).ConfigureAwait(false);
        }

        var kind = request.ChannelType;
        ClientSession session;
        if (kind == ChannelType.Main)
        {
            try
            {
                session = CreateSession(request.ConnectionId, remote);
            }
            catch (LinkRefusedException e)
            {
                await FailLinkAsync(stream, e.Result, e.Message, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }
        else
        {
            session = FindSession(request.ConnectionId)
                ?? await FailLinkAsync<ClientSession>(stream, LinkError.BadConnectionId, $"no session {request.ConnectionId}", cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await WriteResultAsync(stream, LinkError.Ok, cancellationToken).ConfigureAwait(false);
        }
        catch when (kind == ChannelType.Main)
        {
            RemoveSession(session);
            throw;
        }

        var context = new ChannelContext(this, session, stream, reader, request, request.CommonCaps.Has(CommonCapability.MiniHeader));
        ChannelConnection channel = kind switch
        {
            ChannelType.Main => new MainChannel(context),
            ChannelType.Display => new DisplayChannel(context),
            ChannelType.Inputs => new InputsChannel(context),
            ChannelType.Playback => new PlaybackChannel(context),
            ChannelType.Record => new RecordChannel(context),
            _ => new CursorChannel(context),
        };
        ServerLog.ChannelLinked(_logger, session.Id, kind.ToString(), request.ChannelId, context.MiniHeader);
        return channel;
    }

    private bool TicketAccepted(RSA rsa, byte[] ticket, out string why)
    {
        string given;
        try
        {
            given = SpiceTicket.Decrypt(rsa, ticket);
        }
        catch (SpiceProtocolException)
        {
            why = "the ticket does not decrypt";
            return false;
        }

        var password = Options.Password;
        if (password is null)
        {
            why = string.Empty;
            return true;
        }

        if (Options.PasswordExpiry is { } expiry && DateTimeOffset.UtcNow > expiry)
        {
            why = "the password has expired";
            return false;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(password)))
        {
            why = "wrong password";
            return false;
        }

        why = string.Empty;
        return true;
    }

    private Capabilities ChannelCapsOf(ChannelType kind) => kind switch
    {
        ChannelType.Display => new Capabilities().Set(DisplayCapability.MonitorsConfig).Set(DisplayCapability.PrefCompression),
        ChannelType.Inputs => new Capabilities().Set(InputsCapability.KeyScancode),
        ChannelType.Playback or ChannelType.Record => Audio.ChannelCaps(kind),
        _ => new Capabilities(),
    };

    private async Task SendLinkReplyAsync(Stream stream, RSA rsa, ChannelType kind, CancellationToken cancellationToken)
    {
        var reply = new LinkReply
        {
            Error = LinkError.Ok,
            PubKey = SpiceTicket.ExportPublicKey(rsa),
            CommonCaps = ServerCommonCaps,
            ChannelCaps = ChannelCapsOf(kind),
        };
        await stream.WriteAsync(Encode(reply.WriteWithHeader), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers with a link reply that carries only <paramref name="result"/>, then refuses.</summary>
    private static async Task RefuseAsync(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        await TryWriteAsync(stream, Encode(LinkReply.Failure(result).WriteWithHeader), cancellationToken).ConfigureAwait(false);
        throw new LinkRefusedException(result, reason);
    }

    /// <summary>Answers with the link result <paramref name="result"/>, then refuses.</summary>
    private static async Task FailLinkAsync(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        await FailLinkAsync<bool>(stream, result, reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> FailLinkAsync<T>(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        await TryWriteAsync(stream, Encode(new LinkResult(result).Write), cancellationToken).ConfigureAwait(false);
        throw new LinkRefusedException(result, reason);
    }

    private static async Task WriteResultAsync(Stream stream, LinkError result, CancellationToken cancellationToken) =>
        await stream.WriteAsync(Encode(new LinkResult(result).Write), cancellationToken).ConfigureAwait(false);

    /// <summary>The bytes of one link-stage structure (sent once per link, so a small array is fine).</summary>
    private static byte[] Encode(Action<SpiceWriter> write)
    {
        using var w = new SpiceWriter();
        write(w);
        return w.ToArray();
    }

    private static async Task TryWriteAsync(Stream stream, byte[] message, CancellationToken cancellationToken)
    {
        try
        {
            await stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<byte[]> ReadExactAsync(PipeReader reader, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= count)
            {
                var bytes = buffer.Slice(0, count).ToArray();
                reader.AdvanceTo(buffer.GetPosition(count));
                return bytes;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted || result.IsCanceled)
            {
                throw new EndOfStreamException($"the peer closed after {buffer.Length} of {count} bytes");
            }
        }
    }
}
