using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// The keys a person's name is compared by across articles. <see cref="NameKey"/> already ignores case,
/// diacritics and punctuation ("PENG Rui", "Peng Rui", "Peng-Rui"); on top of that honorifics are
/// dropped ("Mr. Peng Rui"), and a romanized Chinese name gets one lookup key for both orders
/// ("Rui Peng" as Western papers write it) and every spacing of its given name ("Xiao Ming", "Xiaoming").
/// </summary>
/// <param name="NameKey">The name's key without honorifics, in the order written.</param>
/// <param name="LookupKey">The key candidates are found by: equal for all orders and spacings of one name.</param>
/// <param name="OrderedKey">Family name first when the order can be told, else as written; two mentions with
/// one lookup key but different ordered keys are written in different orders.</param>
/// <param name="IsShortChineseName">A Chinese name with a one-syllable given name ("Qiu Ning"): many people share such names.</param>
internal sealed record PersonNameKey(string NameKey, string LookupKey, string OrderedKey, bool IsShortChineseName)
{
    /// <summary>The keys of <paramref name="name"/> as written.</summary>
    public static PersonNameKey Of(string name)
    {
        var written = WithoutHonorifics(name);
        var key = Text.NameKey.Of(written);
        if (key.Length == 0) key = Text.NameKey.Of(name);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ChineseParts(words) is { } chinese)
        {
            var (family, given, familyFirst) = chinese;
            var ordered = familyFirst is false ? $"{family} {given}" : string.Join(' ', words);
            var lookup = string.CompareOrdinal(family, given) <= 0 ? $"{family} {given}" : $"{given} {family}";
            return new PersonNameKey(key, lookup, ordered, ChineseNames.SyllableCount(given) == 1);
        }
        // Initials ("Craig T. Allen") are dropped from the lookup key only: papers add and omit them freely.
        var full = words.Where(w => w.Length > 1).ToArray();
        var lookupKey = full.Length > 0 ? string.Join(' ', full) : key;
        return new PersonNameKey(key, lookupKey, key, IsShortChineseName: false);
    }

    /// <summary>
    /// The family name, the given name run together, and whether the family name was written first
    /// (null when either order reads as a Chinese name, as in "Qiu Ning"); null for other names.
    /// </summary>
    private static (string Family, string Given, bool? FamilyFirst)? ChineseParts(string[] words)
    {
        if (words.Length is < 2 or > 3) return null;
        var first = IsChineseName(words[0], words[1..]);
        var last = IsChineseName(words[^1], words[..^1]);
        if (first) return (words[0], string.Concat(words[1..]), last ? null : true);
        if (last) return (words[^1], string.Concat(words[..^1]), false);
        return null;
    }

    private static bool IsChineseName(string family, string[] given) =>
        ChineseNames.IsSurname(family) && ChineseNames.SyllableCount(string.Concat(given)) is 1 or 2
        && given.All(g => ChineseNames.SyllableCount(g) > 0);

    /// <summary>The name without leading forms of address ("Mr.", "H.E.", "His Excellency").</summary>
    private static string WithoutHonorifics(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var skip = 0;
        while (skip < words.Length - 1)
        {
            if (skip + 2 < words.Length && IsHonorific($"{words[skip]} {words[skip + 1]}")) skip += 2;
            else if (IsHonorific(words[skip])) skip++;
            else break;
        }
        return string.Join(' ', words[skip..]);
    }

    private static bool IsHonorific(string word) =>
        NameKnowledge.Default.IsHonorific(word.ToLowerInvariant()) || NameKnowledge.Default.IsHonorific(word.TrimEnd('.').ToLowerInvariant());
}
