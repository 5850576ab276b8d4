using System.Globalization;
using System.Text;

namespace Parley.Evaluation.Unicode;

/// <summary>A code point → replacement text map parsed from the generated <c>code=code code;</c> form.</summary>
internal static class CodePointMap
{
    /// <summary>Parses the generated entries; an empty right-hand side maps to the empty string.</summary>
    public static Dictionary<int, string> Parse(string entries)
    {
        var map = new Dictionary<int, string>();
        foreach (var entry in entries.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=');
            var key = int.Parse(entry.AsSpan(0, eq), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var value = new StringBuilder();
            foreach (var hex in entry[(eq + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                value.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            map[key] = value.ToString();
        }
        return map;
    }
}
