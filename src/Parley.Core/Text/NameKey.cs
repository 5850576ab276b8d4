using System.Buffers;
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
        // Keys are built for every name, title and organization of a record: on the stack, not in a StringBuilder.
        char[]? rented = null;
        var buffer = decomposed.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(decomposed.Length));
        var length = 0;
        var space = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                space = false;
            }
            else if (!space)
            {
                buffer[length++] = ' ';
                space = true;
            }
        }
        // Only a single space can trail: the rest are lower-case letters and digits.
        if (length > 0 && buffer[length - 1] == ' ') length--;
        var key = buffer[..length];
        var result = (key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key).ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private const int StackChars = 256;
}
