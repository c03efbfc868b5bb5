namespace Spice.Protocol.Messages.Display;

/// <summary>SPICE_ROPD_* raster operation descriptor.</summary>
[Flags]
public enum Ropd : ushort
{
    None = 0,
    InversSrc = 1 << 0,
    InversBrush = 1 << 1,
    InversDest = 1 << 2,
    OpPut = 1 << 3,
    OpOr = 1 << 4,
    OpAnd = 1 << 5,
    OpXor = 1 << 6,
    OpBlackness = 1 << 7,
    OpWhiteness = 1 << 8,
    OpInvers = 1 << 9,
    InversRes = 1 << 10,
}
