using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Spice.Client.Connection;

/// <summary>
/// A SPICE host subject: "C=XX,L=City,O=Org,CN=name", attribute=value pairs separated by commas,
/// a backslash escaping the next character. It matches a certificate whose subject has exactly those
/// attributes with those values, compared without regard to order, case or repeated spaces.
/// </summary>
internal static class HostSubject
{
    private static readonly Dictionary<string, string> AttributeOids = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CN"] = "2.5.4.3",
        ["SN"] = "2.5.4.4",
        ["serialNumber"] = "2.5.4.5",
        ["C"] = "2.5.4.6",
        ["L"] = "2.5.4.7",
        ["ST"] = "2.5.4.8",
        ["street"] = "2.5.4.9",
        ["O"] = "2.5.4.10",
        ["OU"] = "2.5.4.11",
        ["title"] = "2.5.4.12",
        ["GN"] = "2.5.4.42",
        ["emailAddress"] = "1.2.840.113549.1.9.1",
        ["E"] = "1.2.840.113549.1.9.1",
        ["DC"] = "0.9.2342.19200300.100.1.25",
        ["UID"] = "0.9.2342.19200300.100.1.1",
    };

    public static bool Matches(string hostSubject, X500DistinguishedName subject, out string why)
    {
        List<string> wanted;
        try
        {
            wanted = Parse(hostSubject).Select(p => Canonical(p.Oid, p.Value)).Order(StringComparer.Ordinal).ToList();
        }
        catch (FormatException e)
        {
            why = e.Message;
            return false;
        }

        var actual = new List<string>();
        foreach (var rdn in subject.EnumerateRelativeDistinguishedNames())
        {
            if (!rdn.HasMultipleElements && rdn.GetSingleElementValue() is { } value)
            {
                actual.Add(Canonical(rdn.GetSingleElementType().Value ?? string.Empty, value));
            }
        }

        actual.Sort(StringComparer.Ordinal);
        var missing = wanted.Except(actual, StringComparer.Ordinal).ToArray();
        var extra = actual.Except(wanted, StringComparer.Ordinal).ToArray();
        why = missing.Length > 0 ? $"{missing.Length} attribute(s) differ" : extra.Length > 0 ? $"the certificate has {extra.Length} more attribute(s)" : string.Empty;
        return missing.Length == 0 && extra.Length == 0 && wanted.Count == actual.Count;
    }

    /// <summary>The (attribute OID, value) pairs of a host subject.</summary>
    public static IReadOnlyList<(string Oid, string Value)> Parse(string hostSubject)
    {
        var pairs = new List<(string, string)>();
        var current = new StringBuilder();
        for (var i = 0; i <= hostSubject.Length; i++)
        {
            if (i < hostSubject.Length && hostSubject[i] == '\\' && i + 1 < hostSubject.Length)
            {
                current.Append(hostSubject[++i]);
                continue;
            }

            if (i < hostSubject.Length && hostSubject[i] != ',')
            {
                current.Append(hostSubject[i]);
                continue;
            }

            var part = current.ToString();
            current.Clear();
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"'{part.Trim()}' in the host subject is not attribute=value");
            }

            var name = part[..eq].Trim();
            var oid = AttributeOids.TryGetValue(name, out var known) ? known
                : name.All(c => char.IsAsciiDigit(c) || c == '.') ? name
                : throw new FormatException($"unknown attribute '{name}' in the host subject");
            pairs.Add((oid, part[(eq + 1)..]));
        }

        return pairs.Count > 0 ? pairs : throw new FormatException("the host subject is empty");
    }

    private static string Canonical(string oid, string value) =>
        oid + "=" + string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}
