using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Parley.Lexicons;

/// <summary>
/// Folds names into lookup keys: lower case, diacritics removed, apostrophes dropped, and every other
/// run of non-letter, non-digit characters collapsed to one space. "Xi'an", "XIAN" and "Xian" share a key,
/// as do "São Paulo" and "Sao-Paulo", so lexicon look-ups do not depend on how a source spelled a name.
/// </summary>
internal static class LexiconKey
{
    // Lexicon keys must not depend on the ICU library, without which (or under InvariantGlobalization)
    // string.Normalize does not decompose, so the Latin ranges (Latin-1 Supplement, Extended-A/B, and
    // Extended Additional, which holds Vietnamese)
    // are folded by table: each char is the lower-case base letter of the code point at that offset.
    // Generated from Unicode canonical decomposition (Python unicodedata, NFD minus combining marks;
    // đ ø ł ı ħ ŧ ƀ ɨ ƶ mapped by hand since their strokes are not combining marks).
    private const string FoldFrom00C0 =
        "aaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00D7ouuuuy\u00FE\u00DFaaaaaa\u00E6ceeeeiiii\u00F0nooooo\u00F7ouuuuy\u00FEy" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\u0133\u0133jjkk\u0138llllll\u0140" +
        "\u0140llnnnnnn\u0149\u014B\u014Boooooo\u0153\u0153rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz\u017F" +
        "b\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288uu\u028A\u028B\u01B4\u01B4zz\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF" +
        "\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaaaa\u00E6\u00E6\u01E5\u01E5ggkkoooo\u0292\u0292j\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u00E6\u00E6\u00F8\u00F8" +
        "aaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F" +
        "\u0240\u0242\u0242\u0180\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F";
    private const string FoldFrom1E00 =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy\u1E9A\u017F\u1E9C\u1E9D\u00DF\u1E9Faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\u1EFB\u1EFB\u1EFD\u1EFD\u1EFF\u1EFF";

    /// <summary>Folds one character to lower case without diacritics.</summary>
    public static char FoldChar(char c)
    {
        if (c < '\u0080') return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c >= '\u00C0' && c < '\u0250') return FoldFrom00C0[c - '\u00C0'];
        if (c >= '\u1E00' && c < '\u1F00') return FoldFrom1E00[c - '\u1E00'];
        return char.ToLowerInvariant(c);
    }

    /// <summary>True for characters that are dropped inside a word (apostrophes), not treated as separators.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>Names up to this long are folded on the stack when looked up.</summary>
    // Names up to this long are folded on the stack, in a buffer of the name's length (folding never lengthens a
    // name): a fixed 128-character buffer cost zeroing 256 bytes on each of the millions of look-ups.
    private const int StackKeyLength = 128;

    /// <summary>The lookup key for a whole name; empty when it has no letters or digits.</summary>
    public static string Of(string name) => Of(name.AsSpan());

    /// <inheritdoc cref="Of(string)"/>
    public static string Of(ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var buffer = name.Length <= StackKeyLength ? stackalloc char[name.Length] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        var key = buffer[..Fold(name, buffer)].ToString();
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
        return key;
    }

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="destination"/>, which must be at least as
    /// long as the name (a key is never longer: each kept character gives one, a separator run at most one space),
    /// and returns the key's length.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (IsApostrophe(c)) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) destination[length++] = ' ';
                pendingSpace = false;
                destination[length++] = FoldChar(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return length;
    }

    /// <summary>True when the set holds the key of <paramref name="name"/>; folds on the stack instead of allocating the key.</summary>
    public static bool IsIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> name)
    {
        char[]? rented = null;
        var buffer = name.Length <= StackKeyLength ? stackalloc char[name.Length] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        var found = set.Contains(buffer[..Fold(name, buffer)]);
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
        return found;
    }

    /// <summary>Looks up the key of <paramref name="name"/>; folds on the stack instead of allocating the key.</summary>
    public static bool TryGet<TValue>(Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> name,
        [MaybeNullWhen(false)] out TValue value)
    {
        char[]? rented = null;
        var buffer = name.Length <= StackKeyLength ? stackalloc char[name.Length] : (rented = ArrayPool<char>.Shared.Rent(name.Length));
        var found = table.TryGetValue(buffer[..Fold(name, buffer)], out value);
        if (rented != null) ArrayPool<char>.Shared.Return(rented);
        return found;
    }
}
