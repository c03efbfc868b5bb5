namespace Spice.Protocol;

/// <summary>SPICE_COMMON_CAP_*: capability bit numbers shared by every channel.</summary>
public enum CommonCapability
{
    AuthSelection = 0,
    AuthSpice,
    AuthSasl,
    MiniHeader,
}
