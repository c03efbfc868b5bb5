using System.Globalization;
using System.Text;
using Spice.Protocol.Framing;

namespace Spice.Protocol.Agent;

/// <summary>
/// VDAgentFileXferStartMessage (client to agent): uint32 id, then a zero-terminated GLib key file:
/// <code>
/// [vdagent-file-xfer]
/// name=report.pdf
/// size=12345
/// </code>
/// </summary>
public sealed record FileXferStart(uint Id, string Name, ulong Size) : IAgentMessage<FileXferStart>
{
    private const string Group = "vdagent-file-xfer";

    public AgentMessageType Type => AgentMessageType.FileXferStart;

    public static FileXferStart Read(ref SpiceReader r, AgentFraming framing)
    {
        var id = r.ReadUInt32();
        if (r.Remaining > AgentLimits.MaxFileXferStartSize)
        {
            throw new AgentProtocolException($"file transfer start with a {r.Remaining}-byte key file");
        }

        var bytes = r.ReadBytes(r.Remaining);
        var end = bytes.IndexOf((byte)0);
        var text = Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
        string? name = null;
        ulong? size = null;
        var inGroup = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith('['))
            {
                inGroup = line == "[" + Group + "]";
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (!inGroup || eq < 0)
            {
                continue;
            }

            var key = line[..eq].Trim();
            var value = line[(eq + 1)..];
            if (key == "name")
            {
                name = KeyFileEscaping.Unescape(value);
            }
            else if (key == "size" && ulong.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                size = parsed;
            }
        }

        if (name is null || size is null)
        {
            throw new AgentProtocolException("file transfer start without name and size in [vdagent-file-xfer]");
        }

        return new FileXferStart(id, name, size.Value);
    }

    public void Write(SpiceWriter w, AgentFraming framing)
    {
        w.WriteUInt32(Id);
        var text = $"[{Group}]\nname={KeyFileEscaping.Escape(Name)}\nsize={Size.ToString(CultureInfo.InvariantCulture)}\n";
        w.WriteBytes(Encoding.UTF8.GetBytes(text));
        w.WriteByte(0);
    }
}
