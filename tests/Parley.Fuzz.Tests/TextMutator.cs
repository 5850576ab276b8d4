using System.Text;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Changes a text the way crawlers and broken pages do, a few random edits at a time: flipped bits, cuts,
/// splices from other articles, repeated or deleted stretches, inserted markup, Unicode, control characters,
/// dates and recognizer bait, small adversarial shapes, rewritten whitespace and case, shuffled lines.
/// Every choice comes from the given <see cref="Random"/>, so a seed and iteration name one exact input.
/// </summary>
internal static class TextMutator
{
    private delegate string Mutation(string text, Random rng, IReadOnlyList<string> donors, int maxChars);

    private static readonly Mutation[] Mutations =
    [
        FlipBits, Truncate, Splice, DuplicateSlice, DeleteSlice, InsertFragment, InsertFragment, InsertFragment,
        InsertShape, RewriteWhitespace, ChangeCase, ShuffleLines,
    ];

    /// <summary>
    /// <paramref name="text"/> after one to five random mutations, at most <paramref name="maxChars"/> long;
    /// <paramref name="donors"/> are the texts splices take pieces from.
    /// </summary>
    public static string Mutate(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        for (var n = rng.Next(1, 6); n > 0; n--)
            text = Mutations[rng.Next(Mutations.Length)](text, rng, donors, maxChars);
        return text.Length > maxChars ? text[..maxChars] : text;
    }

    /// <summary>Random characters from every fragment list and the whole UTF-16 range, <paramref name="length"/> long.</summary>
    public static string RandomText(Random rng, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            if (rng.Next(3) == 0) builder.Append((char)rng.Next(0x10000));
            else builder.Append(Pick(rng, Pick(rng, TextFragments.All)));
        }
        return builder.ToString(0, length);
    }

    private static string FlipBits(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        if (text.Length == 0) return text;
        var chars = text.ToCharArray();
        for (var n = rng.Next(1, 9); n > 0; n--)
        {
            var at = rng.Next(chars.Length);
            // Low bits keep most flips in ASCII and nearby scripts; the high ones make surrogates and private use.
            chars[at] = (char)(chars[at] ^ (1 << (rng.Next(4) == 0 ? rng.Next(16) : rng.Next(7))));
        }
        return new string(chars);
    }

    private static string Truncate(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        if (text.Length == 0) return text;
        var cut = rng.Next(text.Length);
        return rng.Next(4) == 0 ? text[cut..] : text[..cut];
    }

    private static string Splice(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        var donor = Pick(rng, donors);
        var (start, length) = Slice(donor, rng);
        return text.Insert(rng.Next(text.Length + 1), donor.Substring(start, length));
    }

    private static string DuplicateSlice(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        if (text.Length == 0) return text;
        var (start, length) = Slice(text, rng);
        var copies = Math.Min(rng.Next(2, 64), Math.Max(1, (maxChars - text.Length) / Math.Max(1, length)));
        return text.Insert(start + length, new StringBuilder().Insert(0, text.Substring(start, length), copies).ToString());
    }

    private static string DeleteSlice(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        if (text.Length == 0) return text;
        var (start, length) = Slice(text, rng);
        return text.Remove(start, length);
    }

    private static string InsertFragment(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        var fragment = Pick(rng, Pick(rng, TextFragments.All));
        var copies = rng.Next(4) == 0 ? rng.Next(2, 200) : 1;
        return text.Insert(rng.Next(text.Length + 1), new StringBuilder().Insert(0, fragment, copies).ToString());
    }

    private static string InsertShape(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        var shape = Pick(rng, AdversarialText.Shapes);
        return text.Insert(rng.Next(text.Length + 1), shape.Make(rng.Next(1, Math.Max(2, maxChars / 4))));
    }

    private static string RewriteWhitespace(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        string[] replacements = ["", "\n", "\r\n", "\t", "\u00A0", "  ", "\u3000", "\r"];
        var replacement = Pick(rng, replacements);
        return rng.Next(2) == 0 ? text.Replace(" ", replacement) : text.Replace("\n", replacement);
    }

    private static string ChangeCase(string text, Random rng, IReadOnlyList<string> donors, int maxChars) =>
        rng.Next(2) == 0 ? text.ToUpperInvariant() : text.ToLowerInvariant();

    private static string ShuffleLines(string text, Random rng, IReadOnlyList<string> donors, int maxChars)
    {
        var lines = text.Split('\n');
        rng.Shuffle(lines);
        return string.Join('\n', lines);
    }

    /// <summary>A random stretch of <paramref name="text"/>, mostly short (a word to a paragraph).</summary>
    private static (int Start, int Length) Slice(string text, Random rng)
    {
        if (text.Length == 0) return (0, 0);
        var start = rng.Next(text.Length);
        var length = rng.Next(Math.Min(text.Length - start, rng.Next(4) == 0 ? text.Length : 400) + 1);
        return (start, length);
    }

    /// <summary>A uniform pick from <paramref name="items"/>.</summary>
    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
