namespace Spice.Protocol;

/// <summary>SPICE_MAIN_CAP_* bit numbers.</summary>
public enum MainCapability
{
    SemiSeamlessMigrate = 0,
    NameAndUuid,
    AgentConnectedTokens,
    SeamlessMigrate,
}
