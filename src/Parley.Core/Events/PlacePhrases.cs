using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Places the gazetteer does not list, recognized by the phrase that names them as places: "the northern
/// province of Quang Ninh" (the name after "province of"), "Sukhbaatar aimag", "Bac Kan province" (a
/// capitalized name before a lower-case division word, kept together as written).
/// </summary>
public static class PlacePhrases
{
    // Lower-case division words: "the province of X", "X province".
    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal)
    {
        "province", "prefecture", "aimag", "county", "state", "region", "oblast", "governorate",
    };

    // "the city of X" names a place; "X city" too often ends an organization's name ("X city government").
    private static readonly HashSet<string> DivisionsBeforeOf = new(StringComparer.Ordinal) { "city" };

    // Lengths of the division words: most lower-case words of a sentence are shorter or longer and need no look-up.
    private static readonly int ShortestDivision = Divisions.Concat(DivisionsBeforeOf).Min(w => w.Length);
    private static readonly int LongestDivision = Divisions.Concat(DivisionsBeforeOf).Max(w => w.Length);

    private static readonly HashSet<string> Stopwords = LexiconResource.FirstColumnSet("name_stopwords.tsv");

    // A place name is one to three capitalized words.
    private const int MaxNameWords = 3;

    /// <summary>The places these phrases name in the sentence that the gazetteer did not find, in text order.</summary>
    public static IEnumerable<Mention> FindIn(string text, IReadOnlyList<Token> tokens, Sentence sentence, ISet<int> knownPlaceTokens)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Value.Length < ShortestDivision || t.Value.Length > LongestDivision || t.IsCapitalized) continue;
            // Read once: this runs for every lower-case word of every sentence.
            var isDivision = Divisions.Contains(t.Value);
            // "the northern province of Quang Ninh"
            if ((isDivision || DivisionsBeforeOf.Contains(t.Value)) && i + 2 < sentence.EndToken && tokens[i + 1].Is("of"))
            {
                var end = NameEnd(tokens, i + 2, sentence.EndToken, knownPlaceTokens);
                if (end > i + 2) yield return Place(text, tokens, i + 2, end, end);
            }
            // "in Sukhbaatar aimag"
            else if (isDivision)
            {
                var start = NameStart(tokens, i, sentence.FirstToken, knownPlaceTokens);
                if (start < i) yield return Place(text, tokens, start, i, i + 1);
            }
        }
    }

    private static Mention Place(string text, IReadOnlyList<Token> tokens, int first, int nameEnd, int end)
    {
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End);
        return new Mention(MentionKind.Place, span, first, end, text[tokens[first].Span.Start..tokens[nameEnd - 1].Span.End]);
    }

    private static int NameEnd(IReadOnlyList<Token> tokens, int from, int limit, ISet<int> known)
    {
        var k = from;
        while (k < limit && k - from < MaxNameWords && IsNameWord(tokens[k], k, known)) k++;
        // A name running on into more capitalized words is something else's name ("province of Quang Ninh Port Authority").
        return k < limit && tokens[k].IsCapitalized ? from : k;
    }

    private static int NameStart(IReadOnlyList<Token> tokens, int division, int sentenceStart, ISet<int> known)
    {
        var k = division;
        while (k > sentenceStart && division - k < MaxNameWords && IsNameWord(tokens[k - 1], k - 1, known)) k--;
        return k > sentenceStart && tokens[k - 1].IsCapitalized ? division : k;
    }

    private static bool IsNameWord(Token t, int index, ISet<int> known) =>
        t.IsCapitalized && !t.IsAllCaps && !known.Contains(index) && !Stopwords.Contains(t.Lower);
}
