using Parley.Extraction;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Tells people who took part from people only mentioned in passing: "Xi Jinping's instructions",
/// "the important speech by Xi Jinping", "Xi Jinping Thought". A person is in passing when every
/// mention of them is in such a context.
/// </summary>
public static class PassingMentions
{
    private static readonly HashSet<string> ReferenceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "instruction", "instructions", "speech", "speeches", "thought", "spirit", "leadership", "guidance", "remarks",
        "directive", "directives", "proposal", "initiative", "vision", "words", "letter", "letters", "message",
        "congratulatory", "important", "teachings", "report", "requirements", "decisions", "arrangements",
    };

    /// <summary>The full names of people mentioned only in passing.</summary>
    public static HashSet<string> Find(ArticleAnalysis analysis)
    {
        var participating = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in analysis.Names)
        {
            all.Add(name.Name);
            if (!IsPassing(analysis.Tokens, name.Mention.FirstToken, name.Mention.EndToken, analysis.SentenceOf(name.Mention.FirstToken)))
                participating.Add(name.Name);
        }
        foreach (var (mention, full) in analysis.ShortMentions)
            if (!IsPassing(analysis.Tokens, mention.FirstToken, mention.EndToken, analysis.SentenceOf(mention.FirstToken)))
                participating.Add(full);
        all.ExceptWith(participating);
        return all;
    }

    // Nouns of taking part after a possessive: "X's visit", "X's recent tour" name the visitor, not a passing reference.
    private static readonly HashSet<string> ParticipationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "visit", "visits", "tour", "trip", "inspection", "stay", "attendance", "presence", "participation",
    };

    private static bool IsPassing(IReadOnlyList<Token> tokens, int first, int end, Sentence sentence)
    {
        if (end < sentence.EndToken && tokens[end].Kind == TokenKind.Possessive) return !NamesParticipation(tokens, end + 1, sentence.EndToken);
        if (end < sentence.EndToken && tokens[end].Is("Thought")) return true;
        // "... speech by General Secretary Xi Jinping", "instructions of Xi Jinping": a reference noun, then of/by, shortly before.
        var sawOfBy = false;
        for (var k = first - 1; k >= Math.Max(sentence.FirstToken, first - 7); k--)
        {
            var t = tokens[k];
            if (t.Is("of") || t.Is("by")) sawOfBy = true;
            else if (sawOfBy && ReferenceNouns.Contains(t.Value)) return true;
            if (t.Is(',') || t.Is(';')) break;
        }
        return false;
    }

    // A participation noun right after the possessive, or after one describing word: "'s visit", "'s recent tour".
    private static bool NamesParticipation(IReadOnlyList<Token> tokens, int from, int limit)
    {
        for (var k = from; k < Math.Min(limit, from + 2); k++)
            if (ParticipationNouns.Contains(tokens[k].Value)) return true;
        return false;
    }
}
