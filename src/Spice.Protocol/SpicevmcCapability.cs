namespace Spice.Protocol;

/// <summary>SPICE_SPICEVMC_CAP_* bit numbers (usbredir, port, webdav channels).</summary>
public enum SpicevmcCapability
{
    DataCompressLz4 = 0,
}
