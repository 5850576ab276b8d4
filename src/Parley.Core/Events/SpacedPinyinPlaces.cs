using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Chinese cities written syllable by syllable, as some foreign outlets romanize them: "in Nan Ning,
/// Guangxi", "visited Kun Ming". Two or three capitalized pinyin syllables whose joined spelling is a
/// gazetteer city, prefecture or province are that place, kept as written; a lone syllable of it may
/// be a namesake elsewhere ("Nan" in Thailand) and is not the place meant. Since two pinyin syllables
/// are also how Chinese personal names look ("Wang Ning"), the run must stand where a place does:
/// after a preposition or visit word, or before a comma and a place it lies in.
/// </summary>
public static class SpacedPinyinPlaces
{
    private const int MaxSyllables = 3;

    // Words that put a place right after them.
    private static readonly HashSet<string> PlaceCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "visited", "visiting", "toured", "reached",
    };

    /// <summary>The spaced-syllable places of the sentence, in text order.</summary>
    public static IEnumerable<Mention> FindIn(string text, IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (!IsSyllableWord(tokens[i]) || IsSyllableWord(tokens[i - 1])) continue;
            // The longest run of syllables that joins into a place: "Nan Ning" → Nanning.
            for (var end = Math.Min(sentence.EndToken, i + MaxSyllables); end >= i + 2; end--)
            {
                if (!IsSyllableRun(tokens, i, end)) continue;
                if (!TryFindJoined(tokens, i, end, out var place) || place.Kind is PlaceKind.Country or PlaceKind.County) continue;
                if (!PlaceCues.Contains(tokens[i - 1].Value) && !IsBeforeItsRegion(text, tokens, end, sentence.EndToken, place)) continue;
                var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                yield return new Mention(MentionKind.Place, span, i, end, span.Of(text));
                i = end - 1;
                break;
            }
        }
    }

    // Every token of [start, end) is a syllable word, and no line break splits the run.
    private static bool IsSyllableRun(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!IsSyllableWord(tokens[k]) || (k > start && tokens[k].BreakBefore)) return false;
        return true;
    }

    // Looks the run's syllables up written together ("Nan Ning" as "NanNing"), joined in a stack buffer: this runs at
    // every capitalized syllable of every sentence, and most runs name nothing.
    private static bool TryFindJoined(IReadOnlyList<Token> tokens, int start, int end, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Place? place)
    {
        Span<char> buffer = stackalloc char[JoinedBufferLength];
        var length = 0;
        for (var k = start; k < end; k++)
        {
            var value = tokens[k].Value;
            if (length + value.Length > buffer.Length)
                return Gazetteer.Default.TryFind(string.Concat(Enumerable.Range(start, end - start).Select(j => tokens[j].Value)), out place);
            value.CopyTo(buffer[length..]);
            length += value.Length;
        }
        return Gazetteer.Default.TryFind(buffer[..length], out place);
    }

    // Syllables are at most six letters, so three fit with room to spare.
    private const int JoinedBufferLength = 64;

    private static bool IsSyllableWord(Token t) => t.IsCapitalized && !t.IsAllCaps && PinyinSyllables.IsSyllable(t.Value);

    // "Nan Ning, Guangxi", "Kun Ming, China": a comma, then a place the run's place lies in.
    private static bool IsBeforeItsRegion(string text, IReadOnlyList<Token> tokens, int end, int sentenceEnd, Place place)
    {
        if (end + 1 >= sentenceEnd || !tokens[end].Is(',') || !tokens[end + 1].IsCapitalized) return false;
        var regions = Gazetteer.Default.FindAll(tokens[end + 1].Value);
        return regions.Any(r => Gazetteer.Default.Ancestors(place).Any(a => a.Id == r.Id));
    }
}
