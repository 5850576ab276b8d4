using Parley.Lexicons;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The event words of data/authored/event_triggers.tsv and the plan cues of plan_cues.tsv, matched
/// on lower-cased tokens, longest phrase first.
/// </summary>
public sealed class EventTriggerLexicon
{
    private readonly Dictionary<string, (string Type, bool Virtual, bool NameOnly)> phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> planCues;
    private readonly int longest;
    private readonly HashSet<string> firstWords;

    /// <summary>The lexicon from the embedded data.</summary>
    public static EventTriggerLexicon Default { get; } = new();

    private EventTriggerLexicon()
    {
        foreach (var row in LexiconResource.Rows("event_triggers.tsv"))
        {
            var mode = row.Length > 2 ? row[2].Trim() : "";
            phrases[row[0].Trim().ToLowerInvariant()] = (row[1].Trim(), mode == "virtual", mode == "name");
        }
        longest = phrases.Keys.Max(k => k.Split(' ').Length);
        firstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        planCues = LexiconResource.FirstColumnSet("plan_cues.tsv");
        phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordFilter = new FirstLastCharFilter(firstWords);
        phraseStarts = phrases.Keys.Where(k => k.Contains(' ')).Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
    }

    // The first words of the phrases of several words ("held" of "held talks"): after any other event word
    // ("meeting") only the word itself is looked up.
    private readonly HashSet<string> phraseStarts;

    private readonly FirstLastCharFilter firstWordFilter;

    private readonly Dictionary<string, (string Type, bool Virtual, bool NameOnly)>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;

    /// <summary>
    /// The longest event phrase starting at token <paramref name="i"/>, if any. A word marked <c>name</c>
    /// counts only as the last word of a capitalized event name ("the Global Mayors Dialogue", "the Trade Fair").
    /// </summary>
    public EventTrigger? Match(IReadOnlyList<Token> tokens, int i, int limit)
    {
        if (tokens[i].Kind != TokenKind.Word || !firstWordFilter.MayContain(tokens[i].Lower) || !firstWords.Contains(tokens[i].Lower)) return null;
        // Runs for every token of the body: phrases are joined into a buffer and looked up as spans.
        Span<char> buffer = stackalloc char[128];
        for (var len = phraseStarts.Contains(tokens[i].Lower) ? Math.Min(longest, limit - i) : 1; len >= 1; len--)
        {
            var needed = len - 1;
            for (var k = i; k < i + len; k++) needed += tokens[k].Lower.Length;
            if (needed > buffer.Length) buffer = new char[needed];
            var length = 0;
            for (var k = i; k < i + len; k++)
            {
                if (k > i) buffer[length++] = ' ';
                tokens[k].Lower.CopyTo(buffer[length..]);
                length += tokens[k].Lower.Length;
            }
            if (!phraseLookup.TryGetValue(buffer[..length], out var hit)) continue;
            if (hit.NameOnly && !(tokens[i].IsCapitalized && i > 0 && tokens[i - 1].IsCapitalized && !tokens[i].BreakBefore)) continue;
            return new EventTrigger(i, i + len, hit.Type, hit.Virtual);
        }
        return null;
    }

    // How far back the governing verb of an event word may stand: "will organize a delegation to visit".
    private const int PlanReach = 6;

    // An infinitive's governing verb may stand further back: "welcomed the governor and his entourage to visit".
    private const int InfinitivePlanReach = 14;

    /// <summary>True when a word before the trigger marks a plan, wish or invitation ("will visit", "hopes to meet", "is to meet").</summary>
    public bool IsPlanned(IReadOnlyList<Token> tokens, int triggerStart, int sentenceStart)
    {
        var infinitive = triggerStart > sentenceStart && tokens[triggerStart - 1].Is("to");
        // "is to meet", "were to visit": an engagement scheduled, not reported.
        if (infinitive && triggerStart - 2 >= sentenceStart && tokens[triggerStart - 2].Lower is "is" or "are" or "was" or "were") return true;
        var reach = infinitive ? InfinitivePlanReach : PlanReach;
        for (var k = triggerStart - 1; k >= Math.Max(sentenceStart, triggerStart - reach); k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && !IsAbbreviationDot(tokens, k)) break;
            if (planCues.Contains(t.Lower) && !IsMonthMay(tokens, k, sentenceStart)) return true;
        }
        return false;
    }

    // "on May 8": the month, not the modal "may" of a plan; capitalized inside a sentence or before a day number.
    private static bool IsMonthMay(IReadOnlyList<Token> tokens, int k, int sentenceStart) =>
        tokens[k].Value == "May" && (k > sentenceStart || (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number));

    // "Mr.", "Dr.": the dot of a short capitalized abbreviation does not end the clause.
    private static bool IsAbbreviationDot(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].Is('.') && k > 0 && tokens[k - 1].IsCapitalized && tokens[k - 1].Value.Length <= 3;
}
