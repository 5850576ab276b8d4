using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Labels an engagement with the spec's topics from the words of its sentences
/// (data/authored/topic_keywords.tsv: a keyword or phrase, or a prefix ending in *, and its topic, or "-"
/// for a phrase that signals no topic although its words would, such as "business environment"; a keyword
/// written capitalized matches only capitalized words, so "Fair" names a fair and "fair" is an adjective;
/// a "weak" keyword has broad everyday senses and signals its topic only with a second keyword of it).
/// </summary>
/// <remarks>
/// At each word the longest keyword wins and its words are consumed, so a neutral phrase silences the
/// shorter keywords inside it. A keyword written inside a proper name ("Lakeside Trade Development
/// Council", "Minister of Agriculture") names an organization or an office, not a subject of the
/// engagement, and is ignored, except inside the name of an occasion or undertaking ("Trade and
/// Investment Fair", "River Protection Project"), which says what the engagement was about, and
/// except a capitalized keyword, which is itself a kind of name ("Lanxi New Area").
/// Keywords are bucketed by their first word (prefix keywords by their first two letters), so each word
/// costs a couple of hash look-ups.
/// </remarks>
public sealed class TopicClassifier
{
    // TopicIndex: the topic's place in Model.Topics.All, or -1 for "-" (a topic outside that list could never be reported either).
    private sealed record Keyword(string[] Words, bool LastIsPrefix, bool Capitalized, bool Weak, int TopicIndex);

    // The sub-words of a sentence and what is known of each, filled anew for every sentence. Classify runs for every
    // event over each of its sentences; one set of lists per thread spares growing three new lists each time.
    private sealed class SentenceWords
    {
        public readonly List<string> Words = [];
        public readonly List<bool> InName = [];
        public readonly List<bool> Capitalized = [];

        // Which tokens of the sentence lie in a proper name (see ProperNameTokens); grown as sentences need.
        public bool[] InProperName = new bool[64];
    }

    [ThreadStatic] private static SentenceWords? scratch;

    private const string Neutral = "-";

    // Nouns that end the name of an occasion or undertaking; the other words of such a name are its subject.
    private static readonly HashSet<string> OccasionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "expo", "expos", "fair", "fairs", "exhibition", "exhibitions", "show", "forum", "forums", "summit", "conference",
        "symposium", "seminar", "convention", "festival", "week", "dialogue", "roundtable", "project", "projects",
    };

    // Lower-case words that may join the words of a proper name ("Fair for Investment and Trade").
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "for", "the", "on", "in", "&" };

    private readonly Dictionary<string, List<Keyword>> byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Keyword>> prefixByTwoLetters = new(StringComparer.Ordinal);
    // Every word is looked up by its first two letters: by span, so the look-up costs no substring.
    private readonly Dictionary<string, List<Keyword>>.AlternateLookup<ReadOnlySpan<char>> prefixByTwoLettersLookup;
    private readonly NameKnowledge names;

    // Every word of every event sentence is looked up twice; most words start no keyword, and these filters
    // (first and last letter of the keys) turn most of them away without hashing.
    private readonly FirstLastCharFilter firstWordFilter;
    private readonly FirstLastCharFilter prefixFilter;

    /// <summary>The classifier over the embedded keywords.</summary>
    public static TopicClassifier Default { get; } = new(NameKnowledge.Default);

    private TopicClassifier(NameKnowledge names)
    {
        this.names = names;
        foreach (var row in LexiconResource.Rows("topic_keywords.tsv"))
        {
            var written = row[0].Trim();
            var text = TitleLexicon.Canonical(written);
            var isPrefix = text.EndsWith('*');
            var words = text.TrimEnd('*').Split(' ');
            var topic = row[1].Trim();
            var keyword = new Keyword(words, isPrefix, char.IsUpper(written[0]), row[2].Trim() == "weak", topic == Neutral ? -1 : IndexOf(Model.Topics.All, topic));
            if (isPrefix && words.Length == 1) Add(prefixByTwoLetters, words[0][..Math.Min(2, words[0].Length)], keyword);
            else Add(byFirstWord, words[0], keyword);
        }
        prefixByTwoLettersLookup = prefixByTwoLetters.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordFilter = new FirstLastCharFilter(byFirstWord.Keys);
        prefixFilter = new FirstLastCharFilter(prefixByTwoLetters.Keys);
    }

    private static int IndexOf(IReadOnlyList<string> topics, string topic)
    {
        for (var i = 0; i < topics.Count; i++)
            if (topics[i] == topic) return i;
        return -1;
    }

    private static void Add(Dictionary<string, List<Keyword>> map, string key, Keyword keyword)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(keyword);
    }

    /// <summary>Topic labels (in the spec's order) whose keywords occur in the tokens of the given sentences.</summary>
    public IReadOnlyList<string> Classify(IReadOnlyList<Token> tokens, IEnumerable<Sentence> sentences)
    {
        // Per topic (by its index in Model.Topics.All): how many keywords signalled it, and whether one of them was not weak.
        var topics = Model.Topics.All;
        Span<int> counts = stackalloc int[topics.Count];
        Span<bool> strong = stackalloc bool[topics.Count];
        var sentenceWords = scratch ??= new SentenceWords();
        var (words, inName, capitalized) = (sentenceWords.Words, sentenceWords.InName, sentenceWords.Capitalized);
        foreach (var sentence in sentences)
        {
            // Sub-words of the sentence ("low-carbon" gives "low", "carbon"), so phrases match across hyphens;
            // each carries whether its token lies inside the proper name of something other than an occasion.
            words.Clear();
            inName.Clear();
            capitalized.Clear();
            // Room for the sentence's tokens at once, rather than growing by doubling (hyphenated words may add a few more).
            var length = sentence.EndToken - sentence.FirstToken;
            words.EnsureCapacity(length);
            inName.EnsureCapacity(length);
            capitalized.EnsureCapacity(length);
            if (sentenceWords.InProperName.Length < length) sentenceWords.InProperName = new bool[Math.Max(length, 2 * sentenceWords.InProperName.Length)];
            var ignored = sentenceWords.InProperName.AsSpan(0, length);
            MarkProperNameTokens(tokens, sentence, ignored);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var skip = ignored[i - sentence.FirstToken];
                var capital = tokens[i].IsCapitalized;
                var lower = tokens[i].Kind == TokenKind.Word ? tokens[i].Lower : "";
                // HasHyphen covers every dash searched for here, so most words skip the search.
                if (!tokens[i].HasHyphen || lower.AsSpan().IndexOfAny('-', '‐', '–') < 0) { words.Add(lower); inName.Add(skip); capitalized.Add(capital); continue; }
                foreach (var part in TitleLexicon.Canonical(lower).Split(' ')) { words.Add(part); inName.Add(skip); capitalized.Add(capital); }
            }
            var w = 0;
            while (w < words.Count)
            {
                var best = Longest(words, capitalized, w);
                if (best is null) { w++; continue; }
                if (best.TopicIndex >= 0 && (best.Capitalized || !inName[w]))
                {
                    counts[best.TopicIndex]++;
                    strong[best.TopicIndex] |= !best.Weak;
                }
                w += best.Words.Length;
            }
        }
        var labels = new List<string>();
        for (var t = 0; t < topics.Count; t++)
            if (strong[t] || counts[t] > 1) labels.Add(topics[t]);
        return labels;
    }

    private Keyword? Longest(List<string> words, List<bool> capitalized, int at)
    {
        var word = words[at];
        if (word.Length == 0) return null;
        Keyword? best = null;
        if (firstWordFilter.MayContain(word) && byFirstWord.TryGetValue(word, out var candidates))
            foreach (var k in candidates)
                if ((best is null || k.Words.Length > best.Words.Length || k.Words.Length == best.Words.Length && k.Capitalized)
                    && (!k.Capitalized || capitalized[at]) && Matches(words, at, k))
                    best = k;
        if (best is null && word.Length >= 2 && prefixFilter.MayContain(word.AsSpan(0, 2)) && prefixByTwoLettersLookup.TryGetValue(word.AsSpan(0, 2), out var prefixes))
            foreach (var k in prefixes)
                if ((!k.Capitalized || capitalized[at]) && word.StartsWith(k.Words[0], StringComparison.Ordinal)) return k;
        return best;
    }

    // Marks (in marks, one flag per token of the sentence) the capitalized words of proper names (a run of
    // capitalized words, with connectors inside), unless the name is an occasion's. A lone capitalized word
    // opening the sentence is an ordinary word.
    private void MarkProperNameTokens(IReadOnlyList<Token> tokens, Sentence sentence, Span<bool> marks)
    {
        marks.Clear();
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!tokens[i].IsCapitalized) { i++; continue; }
            var start = i;
            var last = i;
            var capitalized = 0;
            var occasion = false;
            var j = i;
            while (j < sentence.EndToken)
            {
                var t = tokens[j];
                if (t.IsCapitalized || t.Kind == TokenKind.Number && j > start)
                {
                    capitalized += t.IsCapitalized ? 1 : 0;
                    occasion |= OccasionNouns.Contains(t.Value);
                    last = j;
                    j++;
                    continue;
                }
                if (t.Kind == TokenKind.Word && NameConnectors.Contains(t.Lower) && j + 1 < sentence.EndToken && tokens[j + 1].IsCapitalized) { j++; continue; }
                break;
            }
            var isName = capitalized > 1 || start > sentence.FirstToken;
            // "Events and Exhibition Department" is an organization despite its occasion words.
            if (occasion && !OccasionNouns.Contains(tokens[last].Value) && names.IsOrganizationHead(tokens[last].Value)) occasion = false;
            if (isName && !occasion)
                for (var k = start; k <= last; k++) marks[k - sentence.FirstToken] = tokens[k].IsCapitalized;
            i = j > i ? j : i + 1;
        }
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
