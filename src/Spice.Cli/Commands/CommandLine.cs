using System.Globalization;

namespace Spice.Cli.Commands;

/// <summary>
/// Arguments after the command name: positionals, and options written --name value, --name=value,
/// -x value, or bare flags. Which options take a value is declared by the caller.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    private CommandLine(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="args">The arguments.</param>
    /// <param name="valueOptions">Option names (e.g. "--output", "-o") that take a value; aliases map to the first name.</param>
    /// <param name="flagOptions">Option names that take none.</param>
    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positionals = new List<string>();
        var line = new CommandLine(positionals);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg.Length < 2 || arg[0] != '-')
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                name = arg[..eq];
                inlineValue = arg[(eq + 1)..];
            }

            if (valueOptions.TryGetValue(name, out var canonical))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value"));
                if (!line._values.TryAdd(canonical, value))
                {
                    throw new UsageException($"{name} given twice");
                }
            }
            else if (flagOptions.Contains(name) && inlineValue is null)
            {
                line._flags.Add(name);
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }

        return line;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Get(string option)
    {
        _consumed.Add(option);
        return _values.GetValueOrDefault(option);
    }

    public int? GetInt(string option, int min, int max)
    {
        var text = Get(option);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new UsageException($"{option} must be an integer from {min} to {max}, got '{text}'");
    }

    public TimeSpan? GetSeconds(string option)
    {
        var text = Get(option);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 86400
            ? TimeSpan.FromSeconds(s)
            : throw new UsageException($"{option} must be a positive number of seconds, got '{text}'");
    }

    public void ExpectPositionals(int count, string what)
    {
        if (Positionals.Count != count)
        {
            throw new UsageException(Positionals.Count < count ? $"missing {what}" : $"unexpected argument '{Positionals[count]}'");
        }
    }
}
