using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Spice.Protocol;
using Spice.Server.Channels;
using Spice.Server.Link;
using Spice.Server.Wire;
using LinkHeader = Spice.Protocol.Link.LinkHeader;

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
    private const int LinkHeaderSize = 16;
    private const int LinkReplySize = 4 + PublicKeySize + 12;
    private const int PublicKeySize = 162;
    private const int TicketKeyBits = 1024;

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
        var header = await ReadExactAsync(reader, LinkHeaderSize, cancellationToken).ConfigureAwait(false);
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(header);
        var major = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12));
        if (magic != LinkHeader.SpiceMagic)
        {
            await RefuseAsync(stream, LinkError.InvalidMagic, $"bad magic 0x{magic:x8}", cancellationToken).ConfigureAwait(false);
        }

        if (major != LinkHeader.VersionMajor)
        {
            if (major > 0)
            {
                await RefuseAsync(stream, LinkError.VersionMismatch, $"protocol version {major}", cancellationToken).ConfigureAwait(false);
            }

            throw new LinkRefusedException(LinkError.VersionMismatch, "protocol version 0");
        }

        if (size < LinkRequest.FixedSize || size > 4096)
        {
            await RefuseAsync(stream, LinkError.InvalidData, $"link message size {size}", cancellationToken).ConfigureAwait(false);
        }

        var body = await ReadExactAsync(reader, (int)size, cancellationToken).ConfigureAwait(false);
        LinkRequest request;
        try
        {
            request = LinkRequest.Parse(body);
        }
        catch (LinkRefusedException e)
        {
            await RefuseAsync(stream, e.Result, e.Message, cancellationToken).ConfigureAwait(false);
            throw;
        }

        if (request.ChannelId != 0 || request.ChannelType is < (byte)ChannelType.Main or > (byte)ChannelType.Record)
        {
            await RefuseAsync(stream, LinkError.ChannelNotAvailable, $"no channel {request.ChannelType}:{request.ChannelId}", cancellationToken).ConfigureAwait(false);
        }

        if (!ChannelAllowedOn((ChannelType)request.ChannelType, secure))
        {
            await RefuseAsync(stream, LinkError.NeedSecured, $"the {(ChannelType)request.ChannelType} channel must use TLS", cancellationToken).ConfigureAwait(false);
        }

        using var rsa = RSA.Create(TicketKeyBits);
        await SendLinkReplyAsync(stream, rsa, (ChannelType)request.ChannelType, cancellationToken).ConfigureAwait(false);

        if (request.CommonCaps.Has(CommonCapability.AuthSelection))
        {
            var mechanism = BinaryPrimitives.ReadUInt32LittleEndian(await ReadExactAsync(reader, 4, cancellationToken).ConfigureAwait(false));
            if (mechanism != (uint)Spice.Protocol.Link.AuthMechanism.Spice)
            {
                await FailLinkAsync(stream, LinkError.InvalidData, $"unsupported auth mechanism {mechanism}", cancellationToken).ConfigureAwait(false);
            }
        }

        var ticket = await ReadExactAsync(reader, TicketKeyBits / 8, cancellationToken).ConfigureAwait(false);
        if (!TicketAccepted(rsa, ticket, out var why))
        {
            await FailLinkAsync(stream, LinkError.PermissionDenied, why, cancellationToken).ConfigureAwait(false);
        }

        var kind = (ChannelType)request.ChannelType;
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
        byte[] plain;
        try
        {
            plain = rsa.Decrypt(ticket, RSAEncryptionPadding.OaepSHA1);
        }
        catch (CryptographicException)
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

        var end = Array.IndexOf(plain, (byte)0);
        var given = plain.AsSpan(0, end < 0 ? plain.Length : end);
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(password)))
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
        var channelCaps = ChannelCapsOf(kind);
        var capsBytes = (ServerCommonCaps.WordCount + channelCaps.WordCount) * 4;
        var message = new byte[LinkHeaderSize + LinkReplySize + capsBytes];
        var span = message.AsSpan();
        WriteLinkHeader(span, LinkReplySize + capsBytes);
        var reply = span[LinkHeaderSize..];
        BinaryPrimitives.WriteUInt32LittleEndian(reply, (uint)LinkError.Ok);
        var key = rsa.ExportSubjectPublicKeyInfo();
        key.AsSpan(0, Math.Min(key.Length, PublicKeySize)).CopyTo(reply[4..]);
        BinaryPrimitives.WriteUInt32LittleEndian(reply[(4 + PublicKeySize)..], (uint)ServerCommonCaps.WordCount);
        BinaryPrimitives.WriteUInt32LittleEndian(reply[(8 + PublicKeySize)..], (uint)channelCaps.WordCount);
        BinaryPrimitives.WriteUInt32LittleEndian(reply[(12 + PublicKeySize)..], LinkReplySize);
        var at = LinkReplySize;
        foreach (var word in ServerCommonCaps.ToWords().Concat(channelCaps.ToWords()))
        {
            BinaryPrimitives.WriteUInt32LittleEndian(reply[at..], word);
            at += 4;
        }
        await stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteLinkHeader(Span<byte> span, int size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(span, LinkHeader.SpiceMagic);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], LinkHeader.VersionMajor);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], LinkHeader.VersionMinor);
        BinaryPrimitives.WriteUInt32LittleEndian(span[12..], (uint)size);
    }

    /// <summary>Answers with a link reply that carries only <paramref name="result"/>, then refuses.</summary>
    private static async Task RefuseAsync(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        var message = new byte[LinkHeaderSize + LinkReplySize];
        WriteLinkHeader(message, LinkReplySize);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(LinkHeaderSize), (uint)result);
        await TryWriteAsync(stream, message, cancellationToken).ConfigureAwait(false);
        throw new LinkRefusedException(result, reason);
    }

    /// <summary>Answers with the link result <paramref name="result"/>, then refuses.</summary>
    private static async Task FailLinkAsync(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        await FailLinkAsync<bool>(stream, result, reason, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> FailLinkAsync<T>(Stream stream, LinkError result, string reason, CancellationToken cancellationToken)
    {
        var message = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)result);
        await TryWriteAsync(stream, message, cancellationToken).ConfigureAwait(false);
        throw new LinkRefusedException(result, reason);
    }

    private static async Task WriteResultAsync(Stream stream, LinkError result, CancellationToken cancellationToken)
    {
        var message = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)result);
        await stream.WriteAsync(message, cancellationToken).ConfigureAwait(false);
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
