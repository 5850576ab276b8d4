using System.Globalization;
using System.Text;

namespace Parley.Text;

/// <summary>
/// The comparison key of a name, title or organization, as the spec normalizes them: diacritics
/// removed (NFKD), lower case, punctuation and hyphens as spaces, single spaces, no leading "the ".
/// "SHANG Yong", "Shang Yong" and "Shang-Yong" share one key.
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="s"/>.</summary>
    public static string Of(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        var key = sb.ToString().TrimEnd();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
