using System.Text;

namespace Spice.Protocol.Agent;

/// <summary>GLib key-file string values: backslash escapes for \n \t \r \\ and a leading space as \s.</summary>
internal static class KeyFileEscaping
{
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\\' => "\\\\",
                ' ' when i == 0 => "\\s",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string Unescape(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c != '\\' || i + 1 == value.Length)
            {
                sb.Append(c);
                continue;
            }

            i++;
            sb.Append(value[i] switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                's' => ' ',
                _ => value[i],
            });
        }

        return sb.ToString();
    }
}
