using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Definite references to engagements: "the meeting", "this visit", "after the signing of the agreement"
/// refer back to an event already reported; "during the symposium" says that a conference took place;
/// "the meeting on the planning of …" describes an event of its own.
/// </summary>
public static class EventReferences
{
    // Words before a definite event noun that place something in its time: "after the signing".
    private static readonly HashSet<string> TimeLinks = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "during", "since", "following" };

    // Words after a definite event noun that describe it rather than refer back: "the meeting on …",
    // "the visit to Peru" (not "the meeting to discuss …").
    private static readonly HashSet<string> DescriptionLinks = new(StringComparer.OrdinalIgnoreCase) { "on", "to", "by", "of" };

    /// <summary>True when the event word refers back to an event rather than reporting a new one.</summary>
    public static bool RefersBack(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var k = trigger.FirstToken - 1;
        // "the informal meeting", "the bilateral talks": one adjective may stand between.
        if (k > sentence.FirstToken && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !tokens[k - 1].IsCapitalized
            && (tokens[k - 1].Is("the") || tokens[k - 1].Is("this"))) k--;
        if (k < sentence.FirstToken) return false;
        // "after the signing of the agreement", "during the talks": a time set by an event already reported.
        if (k > sentence.FirstToken && TimeLinks.Contains(tokens[k - 1].Value) && IsDeterminer(tokens[k])) return true;
        // "presided over the meeting on the planning of …", "the state visit to Peru by …": a definite
        // description of an event of its own.
        if (trigger.EndToken + 1 < sentence.EndToken && DescriptionLinks.Contains(tokens[trigger.EndToken].Value)
            && !(tokens[trigger.EndToken].Is("to") && !tokens[trigger.EndToken + 1].IsCapitalized)) return false;
        return IsDeterminer(tokens[k]);
    }

    /// <summary>True for "during the symposium", "at the Silk Road Forum": a conference spoken of as having taken place.</summary>
    public static bool SpeaksOfAsHeld(IReadOnlyList<Token> tokens, EventTrigger trigger, Sentence sentence)
    {
        var k = trigger.FirstToken - 1;
        while (k > sentence.FirstToken && tokens[k].IsCapitalized) k--; // "during the Silk Road Forum"
        return k > sentence.FirstToken && IsDeterminer(tokens[k]) && (tokens[k - 1].Is("during") || tokens[k - 1].Is("at"));
    }

    private static bool IsDeterminer(Token t) => t.Is("the") || t.Is("this") || t.Is("that") || t.Is("its");
}
