using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Parley.Store;

/// <summary>
/// The key under which people, organizations and places are stored: the spec's comparison
/// normalization (NFKD, diacritics stripped, lower case, punctuation to spaces, spaces collapsed,
/// a leading "the " dropped), so "The Chen Bo" and "chen-bo" are one entity until real identity
/// resolution arrives.
/// </summary>
/// <remarks>
/// Decomposition comes from an embedded table (NameFolding/name_folds.tsv) rather than
/// <see cref="string.Normalize(NormalizationForm)"/>: Parley runs in globalization-invariant mode,
/// where Normalize leaves non-ASCII text unchanged, and keys must not depend on how the host is set up.
/// </remarks>
public static class NameKey
{
    private static readonly FrozenDictionary<char, string> Folds = LoadFolds();

    /// <summary>The normalized key of <paramref name="name"/>; empty when it holds no letters or digits.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var original in name)
        {
            if (original < 0x80) Append(original);
            else if (Folds.TryGetValue(original, out var folded)) foreach (var c in folded) Append(c);
            else Append(original);
        }
        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;

        void Append(char c)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                // Whitespace, hyphens, apostrophes and any other punctuation or symbol separate words.
                pendingSpace = true;
            }
        }
    }

    private static FrozenDictionary<char, string> LoadFolds()
    {
        using var stream = typeof(NameKey).Assembly.GetManifestResourceStream("Parley.Store.name_folds.tsv")
            ?? throw new InvalidOperationException("The name fold table is not embedded in Parley.Store.");
        using var reader = new StreamReader(stream);
        var folds = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            var from = (char)int.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(hex => (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            folds[from] = string.Concat(to);
        }
        return folds.ToFrozenDictionary();
    }
}
