using Parley.Dates;
using Parley.Extraction;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// One sentence reporting meetings with different counterparts on different days: "X met with A,
/// joined by B, on 14 February and C, joined by D, on 16 February". Each dated part is an encounter
/// of its own, with the people named before the event word and those of its part.
/// </summary>
public static class DatedEncounters
{
    /// <summary>One encounter of the sentence: its date and the people named in its part.</summary>
    /// <param name="Date">The date closing the part.</param>
    /// <param name="Counterparts">The people named in the part, after the event word.</param>
    public sealed record Part(DateMention Date, IReadOnlyList<string> Counterparts);

    /// <summary>
    /// The sentence's parts when, after the event word at <paramref name="triggerEnd"/>, two or more dates
    /// each close a run of names; otherwise an empty list.
    /// </summary>
    public static IReadOnlyList<Part> Split(ArticleAnalysis analysis, Sentence sentence, int triggerEnd, IReadOnlyList<(int Token, string Name)> named)
    {
        var parts = new List<Part>();
        var from = triggerEnd;
        foreach (var date in analysis.DatesIn(sentence))
        {
            var at = analysis.TokenAt(date.Span.Start);
            if (at < triggerEnd || date.Kind == DateMentionKind.Vague) continue;
            var people = named.Where(m => m.Token >= from && m.Token < at).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
            if (people.Count == 0) return [];
            parts.Add(new Part(date, people));
            from = at;
        }
        return parts.Count >= 2 ? parts : [];
    }
}
