using Parley.Lexicons;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Labels an engagement with the spec's topics from the words of its sentences
/// (data/authored/topic_keywords.tsv: a keyword, or a prefix ending in *, and its topic).
/// </summary>
public sealed class TopicClassifier
{
    private readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Topic)> prefixes = [];
    private readonly int longest;

    /// <summary>The classifier over the embedded keywords.</summary>
    public static TopicClassifier Default { get; } = new();

    private TopicClassifier()
    {
        foreach (var row in EmbeddedTable.Rows("topic_keywords.tsv"))
        {
            var key = TitleLexiconCanonical(row[0]);
            if (key.EndsWith('*')) prefixes.Add((key.TrimEnd('*'), row[1].Trim()));
            else exact[key] = row[1].Trim();
        }
        longest = exact.Keys.Concat(prefixes.Select(p => p.Prefix)).Max(k => k.Split(' ').Length);
    }

    /// <summary>Topic labels (in the spec's order) whose keywords occur in the tokens of the given sentences.</summary>
    public IReadOnlyList<string> Classify(IReadOnlyList<Token> tokens, IEnumerable<Sentence> sentences)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) continue;
                var phrase = "";
                for (var len = 1; len <= longest && i + len <= sentence.EndToken; len++)
                {
                    var t = tokens[i + len - 1];
                    if (t.Kind != TokenKind.Word) break;
                    phrase = len == 1 ? TitleLexiconCanonical(t.Value) : phrase + " " + TitleLexiconCanonical(t.Value);
                    if (exact.TryGetValue(phrase, out var topic)) found.Add(topic);
                    foreach (var (prefix, label) in prefixes)
                        if (phrase.StartsWith(prefix, StringComparison.Ordinal) && phrase.Split(' ').Length == prefix.Split(' ').Length) found.Add(label);
                }
            }
        }
        return Model.Topics.All.Where(found.Contains).ToList();
    }

    private static string TitleLexiconCanonical(string s) => Recognition.TitleLexicon.Canonical(s.Trim());
}
