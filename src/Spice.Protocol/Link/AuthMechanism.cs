namespace Spice.Protocol.Link;

/// <summary>SpiceLinkAuthMechanism values (equal to the CommonCapability auth bits).</summary>
public enum AuthMechanism : uint
{
    Spice = 1,
    Sasl = 2,
}
