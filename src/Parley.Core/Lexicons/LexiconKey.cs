using System.Globalization;
using System.Text;

namespace Parley.Lexicons;

/// <summary>
/// Folds names into lookup keys: lower case, diacritics removed, apostrophes dropped, and every other
/// run of non-letter, non-digit characters collapsed to one space. "Xi'an", "XIAN" and "Xian" share a key,
/// as do "São Paulo" and "Sao-Paulo", so lexicon look-ups do not depend on how a source spelled a name.
/// </summary>
internal static class LexiconKey
{
    // Folding every character through Normalize() would be slow, so the Latin ranges are folded once.
    private const char LatinTableEnd = '\u0250';
    private static readonly char[] LatinFold = BuildLatinFold(0, LatinTableEnd);
    private static readonly char[] VietnameseFold = BuildLatinFold('\u1E00', '\u1F00');

    /// <summary>Folds one character to lower case without diacritics.</summary>
    public static char FoldChar(char c)
    {
        if (c < LatinTableEnd) return LatinFold[c];
        if (c >= '\u1E00' && c < '\u1F00') return VietnameseFold[c - '\u1E00'];
        return char.ToLowerInvariant(c);
    }

    /// <summary>True for characters that are dropped inside a word (apostrophes), not treated as separators.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>The lookup key for a whole name; empty when it has no letters or digits.</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (IsApostrophe(c)) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(FoldChar(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    private static char[] BuildLatinFold(int from, int to)
    {
        var table = new char[to - from];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(from + i);
            table[i] = FoldSlow(c);
        }
        return table;
    }

    private static char FoldSlow(char c)
    {
        // Letters whose stroke is not a combining mark, so decomposition leaves them alone.
        switch (c)
        {
            case 'đ' or 'Đ': return 'd';
            case 'ø' or 'Ø': return 'o';
            case 'ł' or 'Ł': return 'l';
            case 'ı': return 'i';
            case 'ħ' or 'Ħ': return 'h';
        }
        var lower = char.ToLowerInvariant(c);
        if (lower < '\u0080') return lower;
        string decomposed;
        try
        {
            decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (PlatformNotSupportedException)
        {
            return lower;
        }
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return d;
        return lower;
    }
}
