using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Tells an event word that reports an engagement from the same word used otherwise: a generic plural
/// ("mutual visits", "the exchange of high-level visits"), "meeting" as a verb ("meeting challenges",
/// "efforts in meeting demand"), or "called on" as urging ("called on the two sides to deepen …").
/// </summary>
public static class EventWordSense
{
    // Words before a plural event word that make it a kind of activity, not one that took place.
    private static readonly HashSet<string> GenericMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "mutual", "reciprocal", "frequent", "regular", "high-level", "exchanged", "exchanging", "more", "many", "several", "separate",
        "numerous", "various", "continual", "continuous", "of",
    };

    private static readonly HashSet<string> Hospitable = new(StringComparer.OrdinalIgnoreCase)
    {
        "warm", "kind", "cordial", "hospitable", "gracious", "friendly", "generous", "thoughtful",
    };

    // Nouns after an event word that make it the name of a place: "meeting room", "Expo Center".
    private static readonly HashSet<string> Venues = new(StringComparer.OrdinalIgnoreCase)
    {
        "room", "rooms", "hall", "halls", "center", "centre", "venue", "building", "site", "park", "city",
    };

    // Numbers that count engagements: "two business forums".
    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
    };

    // Words that may stand between a generic marker and the plural: "exchange of high-level official visits".
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "high-level", "official", "state", "business", "working", "friendly", "bilateral", "top-level", "leadership", "investment",
        "trade", "international",
    };

    // Prepositions before a verb-like "meeting": "in meeting demand", "for meeting challenges".
    private static readonly HashSet<string> VerbContexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "by", "while", "on", "at", "and", "to",
    };

    // How far the "to" of an urging may follow "called on": "called on the relevant departments of both cities to".
    private const int UrgingReach = 12;

    // Words that may stand between "hosted" and the guest: "hosted on September 16 the visiting Minister X".
    private static readonly HashSet<string> GuestLeadIns = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "visiting", "on", "in", "his", "her" };

    // How far after "hosted" its guest may be named.
    private const int GuestReach = 8;

    /// <summary>
    /// True when the event word at <paramref name="trigger"/> reports an engagement in this sentence;
    /// <paramref name="nameStarts"/> holds the first tokens of the people named in the text.
    /// </summary>
    public static bool ReportsEngagement(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence, IReadOnlySet<int> nameStarts) =>
        !IsGenericPlural(tokens, trigger, sentence) && !IsVerbMeeting(tokens, trigger, sentence) && !IsUrging(tokens, trigger, sentence)
        && !IsHostingSomethingElse(tokens, trigger, sentence, nameStarts) && !NamesAPlace(tokens, trigger, sentence)
        && !IsHospitality(tokens, trigger, sentence);

    // "the warm reception he was accorded", "hospitality and kind reception": how guests were treated, not a meeting.
    private static bool IsHospitality(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence) =>
        tokens[trigger.FirstToken].Is("reception") && trigger.FirstToken > sentence.FirstToken
        && Hospitable.Contains(tokens[trigger.FirstToken - 1].Value);

    // "the meeting room", "the Convention and Exhibition Centre": the event word names a place for events.
    private static bool NamesAPlace(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var k = trigger.EndToken;
        if (k < sentence.EndToken && tokens[k].Is("and") && k + 2 < sentence.EndToken) k += 2; // "Convention and Exhibition Centre"
        return k < sentence.EndToken && Venues.Contains(tokens[k].Value);
    }

    // "hosted Liu Ning", "hosted a delegation" is a meeting; "hosted a forum", "hosted a banquet" is not one by itself.
    private static bool IsHostingSomethingElse(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence, IReadOnlySet<int> nameStarts)
    {
        var word = tokens[trigger.FirstToken];
        if (!word.Is("hosted") && !word.Is("hosts") && !word.Is("hosting")) return false;
        for (var k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + GuestReach); k++)
        {
            var t = tokens[k];
            if (nameStarts.Contains(k) || DelegationWords.Is(t)) return false;
            if (!(t.IsCapitalized || t.Kind == TokenKind.Number || GuestLeadIns.Contains(t.Value))) return true;
        }
        return true;
    }

    private static bool IsGenericPlural(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var word = tokens[trigger.EndToken - 1];
        if (trigger.EndToken - trigger.FirstToken != 1 || !word.Value.EndsWith('s') || word.IsCapitalized) return false;
        var k = trigger.FirstToken - 1;
        var marked = false; // "continual high-level meetings": a marker among the qualifiers
        while (k >= sentence.FirstToken && Qualifiers.Contains(tokens[k].Value))
        {
            marked |= GenericMarkers.Contains(tokens[k].Value);
            k--;
        }
        // "forums organized by the other party" is a kind of activity; "attended two business forums" are events.
        if (trigger.Type == Model.EventTypes.Conference) return !(k >= sentence.FirstToken && IsCount(tokens[k]));
        return marked || (k >= sentence.FirstToken && GenericMarkers.Contains(tokens[k].Value));
    }

    private static bool IsCount(Token t) => t.Kind == TokenKind.Number || Counts.Contains(t.Value);

    // "meeting" with an object and no article: "meeting foreign companies' demand", ", meeting challenges,".
    private static bool IsVerbMeeting(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var word = tokens[trigger.FirstToken];
        if (trigger.EndToken - trigger.FirstToken != 1 || !word.Is("meeting") || word.IsCapitalized) return false;
        if (trigger.FirstToken == sentence.FirstToken || trigger.EndToken >= sentence.EndToken) return false;
        var before = tokens[trigger.FirstToken - 1];
        var after = tokens[trigger.EndToken];
        var verbContext = before.Is(',') || VerbContexts.Contains(before.Value);
        return verbContext && after.Kind == TokenKind.Word && !after.IsCapitalized && !after.Is("with") && !after.Is("between");
    }

    // "called on the two sides to learn from each other": urging, not a courtesy call.
    private static bool IsUrging(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        if (!tokens[trigger.FirstToken].Is("called") && !tokens[trigger.FirstToken].Is("calls")) return false;
        for (var k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + UrgingReach); k++)
        {
            if (tokens[k].Is("to")) return true;
            if (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is('-')) return false;
        }
        return false;
    }
}
