using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// A trip reported as leading a party to a place: "led a delegation of government officials to Japan",
/// "headed a trade mission to Laos". No single event word says so; the phrase is a visit.
/// </summary>
public static class TripTrigger
{
    private static readonly HashSet<string> LeadWords = new(StringComparer.OrdinalIgnoreCase) { "led", "leading", "headed", "heading" };

    private static readonly HashSet<string> PartyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "team", "mission", "group",
    };

    // How many words may describe the party: "a delegation of government officials and entrepreneurs".
    private const int MaxPartyPhrase = 7;

    /// <summary>The visit that a lead word at <paramref name="i"/> opens, when a party and "to PLACE" follow it.</summary>
    public static EventTrigger? Match(IReadOnlyList<Token> tokens, int i, Sentence sentence, ISet<int> placeStarts)
    {
        if (!LeadWords.Contains(tokens[i].Value)) return null;
        var sawParty = false;
        for (var k = i + 1; k < Math.Min(sentence.EndToken - 1, i + 1 + MaxPartyPhrase); k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation) return null;
            if (PartyWords.Contains(t.Value)) sawParty = true;
            else if (sawParty && t.Is("to") && placeStarts.Contains(k + 1)) return new EventTrigger(i, i + 1, EventTypes.Visit, false);
        }
        return null;
    }
}
