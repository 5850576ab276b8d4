using Parley.Lexicons;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The event words of data/authored/event_triggers.tsv and the plan cues of plan_cues.tsv, matched
/// on lower-cased tokens, longest phrase first.
/// </summary>
public sealed class EventTriggerLexicon
{
    private readonly Dictionary<string, (string Type, bool Virtual)> phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> planCues;
    private readonly int longest;
    private readonly HashSet<string> firstWords;

    /// <summary>The lexicon from the embedded data.</summary>
    public static EventTriggerLexicon Default { get; } = new();

    private EventTriggerLexicon()
    {
        foreach (var row in LexiconResource.Rows("event_triggers.tsv"))
            phrases[row[0].Trim().ToLowerInvariant()] = (row[1].Trim(), row.Length > 2 && row[2].Trim() == "virtual");
        longest = phrases.Keys.Max(k => k.Split(' ').Length);
        firstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        planCues = LexiconResource.FirstColumnSet("plan_cues.tsv");
    }

    /// <summary>The longest event phrase starting at token <paramref name="i"/>, if any.</summary>
    public EventTrigger? Match(IReadOnlyList<Token> tokens, int i, int limit)
    {
        if (tokens[i].Kind != TokenKind.Word || !firstWords.Contains(tokens[i].Lower)) return null;
        for (var len = Math.Min(longest, limit - i); len >= 1; len--)
        {
            var key = len == 1 ? tokens[i].Lower : string.Join(' ', Enumerable.Range(i, len).Select(k => tokens[k].Lower));
            if (phrases.TryGetValue(key, out var hit)) return new EventTrigger(i, i + len, hit.Type, hit.Virtual);
        }
        return null;
    }

    /// <summary>True when a word just before the trigger marks a plan, wish or invitation ("will visit", "hopes to meet").</summary>
    public bool IsPlanned(IReadOnlyList<Token> tokens, int triggerStart, int sentenceStart)
    {
        // The governing verb stands a few words back: "will organize a delegation to visit", "hopes to hold a forum".
        for (var k = triggerStart - 1; k >= Math.Max(sentenceStart, triggerStart - 6); k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation) break;
            if (planCues.Contains(t.Lower)) return true;
        }
        return false;
    }
}
