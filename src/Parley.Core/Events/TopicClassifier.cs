using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Labels an engagement with the spec's topics from the words of its sentences
/// (data/authored/topic_keywords.tsv: a keyword or phrase, or a prefix ending in *, and its topic).
/// </summary>
/// <remarks>
/// Keywords are bucketed by their first word (prefix keywords by their first two letters), so each token
/// costs a couple of hash look-ups; longer phrases are only built when a bucket says one may start here.
/// </remarks>
public sealed class TopicClassifier
{
    private sealed record Keyword(string[] Words, bool LastIsPrefix, string Topic);

    private readonly Dictionary<string, List<Keyword>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Keyword>> prefixByTwoLetters = new(StringComparer.Ordinal);

    /// <summary>The classifier over the embedded keywords.</summary>
    public static TopicClassifier Default { get; } = new();

    private TopicClassifier()
    {
        foreach (var row in LexiconResource.Rows("topic_keywords.tsv"))
        {
            var text = TitleLexicon.Canonical(row[0].Trim());
            var isPrefix = text.EndsWith('*');
            var words = text.TrimEnd('*').Split(' ');
            var keyword = new Keyword(words, isPrefix, row[1].Trim());
            if (isPrefix && words.Length == 1) Add(prefixByTwoLetters, words[0][..Math.Min(2, words[0].Length)], keyword);
            else Add(byFirstWord, words[0], keyword);
        }
    }

    private static void Add(Dictionary<string, List<Keyword>> map, string key, Keyword keyword)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(keyword);
    }

    /// <summary>Topic labels (in the spec's order) whose keywords occur in the tokens of the given sentences.</summary>
    public IReadOnlyList<string> Classify(IReadOnlyList<Token> tokens, IEnumerable<Sentence> sentences)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            // Sub-words of the sentence ("low-carbon" gives "low", "carbon"), so phrases match across hyphens.
            var words = new List<string>();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) { words.Add(""); continue; }
                var lower = tokens[i].Lower;
                if (lower.AsSpan().IndexOfAny('-', '‐', '–') < 0) words.Add(lower);
                else words.AddRange(TitleLexicon.Canonical(lower).Split(' '));
            }
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (word.Length == 0) continue;
                if (byFirstWord.TryGetValue(word, out var candidates))
                    foreach (var k in candidates)
                        if (Matches(words, w, k)) found.Add(k.Topic);
                if (word.Length >= 2 && prefixByTwoLetters.TryGetValue(word[..2], out var prefixes))
                    foreach (var k in prefixes)
                        if (word.StartsWith(k.Words[0], StringComparison.Ordinal)) found.Add(k.Topic);
            }
        }
        return Model.Topics.All.Where(found.Contains).ToList();
    }

    private static bool Matches(List<string> words, int at, Keyword k)
    {
        if (at + k.Words.Length > words.Count) return false;
        for (var j = 0; j < k.Words.Length; j++)
        {
            var word = words[at + j];
            var last = j == k.Words.Length - 1;
            if (last && k.LastIsPrefix ? !word.StartsWith(k.Words[j], StringComparison.Ordinal) : word != k.Words[j]) return false;
        }
        return true;
    }
}
