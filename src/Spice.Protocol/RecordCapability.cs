namespace Spice.Protocol;

/// <summary>SPICE_RECORD_CAP_* bit numbers.</summary>
public enum RecordCapability
{
    Celt051 = 0,
    Volume,
    Opus,
}
