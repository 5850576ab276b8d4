using Parley.Extraction;

namespace Parley.Events;

/// <summary>
/// The people each sentence of an article names, with the first token of every mention, in text order:
/// full names, short mentions ("Wan said") and references by title. Framing reads it to give events
/// their participants and may amend it (a pronoun subject added, the counterpart of a plan removed).
/// </summary>
public sealed class SentencePeople
{
    private readonly Dictionary<int, List<(int Token, string Name)>> bySentence = [];

    /// <summary>The mentions of <paramref name="analysis"/> and the extra <paramref name="references"/>, by sentence.</summary>
    public SentencePeople(ArticleAnalysis analysis, IEnumerable<(int Token, string Name)> references)
    {
        var mentions = analysis.Names.Select(n => (n.Mention.FirstToken, n.Name))
            .Concat(analysis.ShortMentions.Select(m => (m.Mention.FirstToken, Name: m.FullName)))
            .Concat(references.Select(r => (FirstToken: r.Token, r.Name)))
            .OrderBy(m => m.FirstToken);
        foreach (var (token, name) in mentions)
        {
            var s = analysis.SentenceOf(token).Index;
            if (!bySentence.TryGetValue(s, out var list)) bySentence[s] = list = [];
            list.Add((token, name));
        }
        NameStarts = bySentence.Values.SelectMany(list => list.Select(m => m.Token)).ToHashSet();
    }

    /// <summary>The first tokens of all mentions.</summary>
    public IReadOnlySet<int> NameStarts { get; }

    /// <summary>True when the sentence names someone.</summary>
    public bool Any(int sentence) => bySentence.TryGetValue(sentence, out var list) && list.Count > 0;

    /// <summary>The sentence's mentions in text order.</summary>
    public IReadOnlyList<(int Token, string Name)> Mentions(int sentence) => bySentence.TryGetValue(sentence, out var list) ? list : [];

    /// <summary>The people the sentence names, once each, in order of mention.</summary>
    public List<string> Names(int sentence)
    {
        // Framing asks for every sentence, often more than once: a plain loop, without the iterators and set of
        // Distinct. A sentence names a few people, so looking back over the list is cheapest; a set takes over for
        // a long one, so an adversarial sentence of thousands of names stays linear.
        if (!bySentence.TryGetValue(sentence, out var mentions)) return [];
        var names = new List<string>(mentions.Count);
        HashSet<string>? seen = mentions.Count > LongList ? new(StringComparer.Ordinal) : null;
        foreach (var (_, name) in mentions)
            if (seen?.Add(name) ?? !names.Contains(name)) names.Add(name);
        return names;
    }

    // Above this many mentions, Names tracks the ones seen in a set rather than by scanning its list.
    private const int LongList = 16;

    /// <summary>Adds a mention before the sentence's others (a subject the sentence refers to by pronoun).</summary>
    public void AddFirst(int sentence, (int Token, string Name) mention)
    {
        if (!bySentence.TryGetValue(sentence, out var list)) bySentence[sentence] = list = [];
        list.Insert(0, mention);
    }

    /// <summary>Removes the sentence's mentions between two tokens (exclusive) and returns their names.</summary>
    public List<string> RemoveBetween(int sentence, int after, int before)
    {
        if (!bySentence.TryGetValue(sentence, out var list)) return [];
        var removed = list.Where(m => m.Token > after && m.Token < before).Select(m => m.Name).ToList();
        list.RemoveAll(m => m.Token > after && m.Token < before);
        return removed;
    }
}
