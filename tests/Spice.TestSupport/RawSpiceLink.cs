using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Spice.TestSupport;

/// <summary>
/// The client side of a SPICE link in raw bytes, written from the protocol description and independent of
/// Spice.Protocol, for tests whose clients must misbehave where the real client cannot.
/// </summary>
public static class RawSpiceLink
{
    /// <summary>SPICE_MAGIC, "REDQ".</summary>
    public const uint Magic = 0x51444552;

    /// <summary>Header and SpiceLinkMess: no channel caps, common caps AUTH_SELECTION, AUTH_SPICE and MINI_HEADER.</summary>
    public static byte[] LinkMessage(byte channelType, uint connectionId, byte channelId = 0)
    {
        var message = new byte[16 + 22];
        var s = message.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(s, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], 2);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], 22);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], connectionId);
        s[20] = channelType;
        s[21] = channelId;
        BinaryPrimitives.WriteUInt32LittleEndian(s[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(s[30..], 18);
        BinaryPrimitives.WriteUInt32LittleEndian(s[34..], 0b1011);
        return message;
    }

    /// <summary>Reads the header and SpiceLinkReply; returns its error and the server's public key (DER).</summary>
    public static async Task<(uint Error, byte[] PublicKey)> ReadReplyAsync(Stream stream)
    {
        var header = await ReadExactAsync(stream, 16);
        var reply = await ReadExactAsync(stream, (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12)));
        return (BinaryPrimitives.ReadUInt32LittleEndian(reply), reply.AsSpan(4, 162).ToArray());
    }

    /// <summary>Chooses AUTH_SPICE and sends the password, NUL-terminated, RSA-OAEP encrypted with the server's key.</summary>
    public static async Task SendTicketAsync(Stream stream, byte[] publicKey, string password)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(publicKey, out _);
        var auth = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(auth, 1);
        await stream.WriteAsync(auth);
        await stream.WriteAsync(rsa.Encrypt(Encoding.UTF8.GetBytes(password + "\0"), RSAEncryptionPadding.OaepSHA1));
    }

    /// <summary>Links a channel completely; returns the reply's error if it has one, else the link result.</summary>
    public static async Task<uint> LinkAsync(Stream stream, byte channelType, uint connectionId, string password = "")
    {
        await stream.WriteAsync(LinkMessage(channelType, connectionId));
        var (error, key) = await ReadReplyAsync(stream);
        if (error != 0)
        {
            return error;
        }

        await SendTicketAsync(stream, key, password);
        return BinaryPrimitives.ReadUInt32LittleEndian(await ReadExactAsync(stream, 4));
    }

    /// <summary>Reads main's first message, INIT, after a link with MINI_HEADER; returns its session id.</summary>
    public static async Task<uint> ReadSessionIdAsync(Stream stream)
    {
        var header = await ReadExactAsync(stream, 6);
        var init = await ReadExactAsync(stream, (int)BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(2)));
        return BinaryPrimitives.ReadUInt32LittleEndian(init);
    }

    /// <summary>Reads exactly <paramref name="count"/> bytes, failing after 20 s rather than hanging.</summary>
    public static async Task<byte[]> ReadExactAsync(Stream stream, int count)
    {
        var buffer = new byte[count];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }
}
