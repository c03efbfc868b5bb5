namespace Spice.Protocol;

/// <summary>SPICE_INPUTS_CAP_* bit numbers.</summary>
public enum InputsCapability
{
    KeyScancode = 0,
}
