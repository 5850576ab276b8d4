using System.Globalization;
using System.Text;

namespace Parley.Store;

/// <summary>
/// The key under which people, organizations and places are stored: the spec's comparison
/// normalization (NFKD, diacritics stripped, lower case, punctuation to spaces, spaces collapsed,
/// a leading "the " dropped), so "The Chen Bo" and "chen-bo" are one entity until real identity
/// resolution arrives.
/// </summary>
public static class NameKey
{
    /// <summary>The normalized key of <paramref name="name"/>; empty when it holds no letters or digits.</summary>
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                // Whitespace, hyphens, apostrophes and any other punctuation or symbol separate words.
                pendingSpace = true;
            }
        }
        var key = builder.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
