using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Cli.Tests.Robustness;

/// <summary>Reads the counts of an ingest summary as printed.</summary>
internal static class SummaryCount
{
    /// <summary>The number after <paramref name="label"/>, e.g. 12 for "  inserted        12".</summary>
    public static int Of(string summary, string label)
    {
        var match = Regex.Match(summary, $@"^  {Regex.Escape(label)} +(\d+)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        match.Success.ShouldBeTrue($"no \"{label}\" count in:\n{summary}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
