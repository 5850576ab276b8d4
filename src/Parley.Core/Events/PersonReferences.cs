using Parley.Extraction;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// People referred to without their name: "the Prime Minister welcomed …" when the article gives that
/// title to one person only, and "he called on …" opening an engagement, which is the person last named
/// before it. Engagements take their participants from these references as from names.
/// </summary>
public static class PersonReferences
{
    // Subject pronouns, and possessives before an event noun: "he called on", "following his Vietnam visit".
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his", "her" };

    // Words that may stand between a subject pronoun and its verb: "he also warmly met with".
    private const int MaxSubjectDistance = 3;

    /// <summary>
    /// Each "the TITLE" whose title the article gives to exactly one person (not one only mentioned in
    /// passing), as (token, full name).
    /// </summary>
    public static List<(int Token, string Name)> ByTitle(ArticleAnalysis analysis, ISet<string> passing)
    {
        var holders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var claim in analysis.Positions)
        {
            var key = NameKey.Of(claim.Title);
            if (!holders.TryGetValue(key, out var set)) holders[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(claim.Person.Name);
        }
        var claimed = analysis.Positions.Select(c => c.Span).ToList();
        var found = new List<(int Token, string Name)>();
        var tokens = analysis.Tokens;
        foreach (var title in analysis.TitleWords)
        {
            if (title.FirstToken == 0 || !tokens[title.FirstToken - 1].Is("the")) continue;
            // "the Governor Zhang Wei": a title in apposition to a name is no reference.
            if (title.EndToken < tokens.Count && tokens[title.EndToken].IsCapitalized && !tokens[title.EndToken].BreakBefore) continue;
            if (claimed.Any(span => span.Overlaps(title.Span))) continue;
            if (!holders.TryGetValue(NameKey.Of(title.Value), out var people) || people.Count != 1) continue;
            var person = people.First();
            if (!passing.Contains(person)) found.Add((title.FirstToken, person));
        }
        return found;
    }

    /// <summary>
    /// The person a "he"/"she" (or "his"/"her") before <paramref name="beforeToken"/> in the sentence refers to, when no name
    /// comes before it there: the first person named in the nearest earlier sentence that names someone.
    /// </summary>
    public static (int Token, string Name)? ByPronoun(ArticleAnalysis analysis, Sentence sentence, int beforeToken, SentencePeople people)
    {
        var tokens = analysis.Tokens;
        if (people.Mentions(sentence.Index).Any(m => m.Token < beforeToken)) return null;
        // The pronoun must be the subject of the event word: "he called on", "she also met with", not
        // "he commended … the state visit by …".
        var pronoun = -1;
        for (var k = beforeToken - 1; k >= Math.Max(sentence.FirstToken, beforeToken - MaxSubjectDistance) && pronoun < 0; k--)
        {
            if (tokens[k].Kind != TokenKind.Word) break;
            if (Pronouns.Contains(tokens[k].Value)) pronoun = k;
        }
        if (pronoun < 0) return null;
        for (var s = sentence.Index - 1; s >= analysis.BodyStart; s--)
            if (people.Any(s)) return (pronoun, people.Mentions(s)[0].Name);
        return null;
    }
}
