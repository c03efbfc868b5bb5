using System.Security.Cryptography;
using System.Text;

namespace Spice.Protocol.Link;

/// <summary>
/// The SPICE ticket: the password plus a NUL terminator, RSA-OAEP(SHA-1) encrypted with the
/// server's 1024-bit key from the link reply, 128 bytes on the wire.
/// </summary>
public static class SpiceTicket
{
    public const int KeyBits = 1024;

    /// <summary>SpiceLinkEncryptedTicket size.</summary>
    public const int EncryptedSize = KeyBits / 8;

    /// <summary>Server side: a fresh key pair for one link.</summary>
    public static RSA GenerateKey() => RSA.Create(KeyBits);

    /// <summary>Server side: the 162-byte DER SubjectPublicKeyInfo for the link reply.</summary>
    public static byte[] ExportPublicKey(RSA key)
    {
        var spki = key.ExportSubjectPublicKeyInfo();
        return spki.Length == LinkReply.PublicKeySize
            ? spki
            : throw new ArgumentException($"key exports as {spki.Length} bytes, SPICE needs a 1024-bit RSA key ({LinkReply.PublicKeySize} bytes)", nameof(key));
    }

    /// <summary>Client side: encrypts <paramref name="password"/> for the server whose key came in the link reply.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> subjectPublicKeyInfo, string password)
    {
        var plain = Encoding.UTF8.GetBytes(password + "\0");
        if (plain.Length - 1 > ProtocolLimits.MaxPasswordLength)
        {
            throw new ArgumentException($"password longer than {ProtocolLimits.MaxPasswordLength} bytes", nameof(password));
        }

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            return rsa.Encrypt(plain, RSAEncryptionPadding.OaepSHA1);
        }
        catch (CryptographicException e)
        {
            throw new SpiceProtocolException("server public key is not a usable RSA SubjectPublicKeyInfo", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>Server side: the password in a ticket (up to its first NUL).</summary>
    public static string Decrypt(RSA key, ReadOnlySpan<byte> encryptedTicket)
    {
        if (encryptedTicket.Length != EncryptedSize)
        {
            throw new SpiceProtocolException($"ticket must be {EncryptedSize} bytes, got {encryptedTicket.Length}", LinkError.PermissionDenied);
        }

        byte[] plain;
        try
        {
            plain = key.Decrypt(encryptedTicket.ToArray(), RSAEncryptionPadding.OaepSHA1);
        }
        catch (CryptographicException e)
        {
            throw new SpiceProtocolException("ticket does not decrypt", e);
        }

        var end = Array.IndexOf(plain, (byte)0);
        var password = Encoding.UTF8.GetString(plain, 0, end < 0 ? plain.Length : end);
        CryptographicOperations.ZeroMemory(plain);
        return password;
    }

    /// <summary>Server side: whether the ticket carries <paramref name="expected"/>, compared in constant time.</summary>
    public static bool Verify(RSA key, ReadOnlySpan<byte> encryptedTicket, string expected)
    {
        string actual;
        try
        {
            actual = Decrypt(key, encryptedTicket);
        }
        catch (SpiceProtocolException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
    }
}
