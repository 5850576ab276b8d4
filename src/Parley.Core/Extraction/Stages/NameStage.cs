using Parley.Recognition;

namespace Parley.Extraction.Stages;

/// <summary>
/// Finds title words, full person names in the body, and short later mentions ("Wan said") that
/// can only mean one of those people.
/// </summary>
public sealed class NameStage(PersonNameRecognizer recognizer, TitleLexicon titles, OrganizationChain orgs, NameKnowledge words) : IExtractionStage
{
    // Words that introduce a byline or credit: "(By X, translated by Y)", "Photo: X", "taken by X".
    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "photograph", "photographer", "editor", "editors", "reporter", "reporters", "author", "correspondent",
        "translated", "edited", "written", "reported", "taken", "compiled", "proofread", "source", "byline", "credit",
    };

    // Lower-case words that may join the words of an organization or portfolio after a title.
    private static readonly HashSet<string> TailConnectors = new(StringComparer.Ordinal) { "of", "for", "and", "the" };

    private const int MaxTitleTail = 16;

    // No person is known yet where organizations are read for title anchors; shared, never written.
    private static readonly HashSet<int> NoPeople = [];

    public string Name => "names";

    public void Run(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var inMultiWordPlace = new bool[tokens.Count];
        foreach (var place in analysis.Places.Where(p => p.EndToken - p.FirstToken > 1))
            for (var k = place.FirstToken; k < place.EndToken; k++) inMultiWordPlace[k] = true;

        var titleEnds = new HashSet<int>(); // one set, emptied per sentence
        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            titleEnds.Clear();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var end = titles.MatchCore(tokens, i, sentence.EndToken);
                if (end < 0) continue;
                titleEnds.Add(end);
                AddAnchorsAfterTitle(tokens, text, end, sentence.EndToken, titleEnds);
                analysis.TitleWords.Add(new Mention(MentionKind.Title,
                    new Text.TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End), i, end, text[tokens[i].Span.Start..tokens[end - 1].Span.End]));
            }
            foreach (var name in recognizer.Find(text, tokens, sentence.FirstToken, sentence.EndToken, titleEnds))
            {
                // "Ho Chi Minh City": words inside a multi-word place are not a name.
                if (inMultiWordPlace[name.Mention.FirstToken]) continue;
                if (IsCredit(tokens, name.Mention.FirstToken, sentence.FirstToken)) continue;
                analysis.Names.Add(name);
            }
        }
        ResolveShortMentions(analysis);
    }

    // "President of Kenya Amani Otieno", "Speaker of the Lower House of the Lakeland Parliament Aidos Berikov",
    // "Minister of State for Industry and Energy Dravid Pillai", "Ambassador to China Bishnu Raj Adhikari":
    // two or three name words right after a title's organization, portfolio or place are the holder's name.
    // "Head of the Department of External Trade, Ruslan Akhmedov": so is a name set off by a comma after them.
    private void AddAnchorsAfterTitle(IReadOnlyList<Text.Token> tokens, string text, int titleEnd, int limit, HashSet<int> anchors)
    {
        if (titleEnd >= limit) return;
        var link = tokens[titleEnd];
        if (link.Is("of"))
        {
            var chain = orgs.ReadForward(text, tokens, titleEnd + 1, limit, NoPeople);
            if (chain is null) return;
            var nameStart = NameAtEndOfRun(tokens, chain.Value.Start, chain.Value.Acronym is null ? chain.Value.End : chain.Value.End - 3, afterOf: true);
            if (nameStart >= 0) anchors.Add(nameStart);
            AddAnchorAfterComma(tokens, chain.Value.End, limit, anchors);
        }
        else if (link.Is("for") || link.Is("to"))
        {
            var from = titleEnd + 1;
            if (from < limit && tokens[from].Is("the")) from++;
            var end = from;
            // Capitalized words, joined by connectors and possessives, up to the next title; bounded, so a long run costs little.
            while (end < limit && end - from < MaxTitleTail && !(end > from && tokens[end].BreakBefore) && !(end > from && titles.MatchCore(tokens, end, limit) > 0)
                   && (tokens[end].IsCapitalized || tokens[end].Kind == Text.TokenKind.Possessive || tokens[end].Is('&') || TailConnectors.Contains(tokens[end].Value)))
                end++;
            while (end > from && TailConnectors.Contains(tokens[end - 1].Value)) end--;
            var nameStart = NameAtEndOfRun(tokens, from, end, afterOf: false);
            if (nameStart >= 0) anchors.Add(nameStart);
            AddAnchorAfterComma(tokens, end, limit, anchors);
        }
        else
        {
            AddAnchorAfterComma(tokens, titleEnd, limit, anchors);
        }
    }

    private static void AddAnchorAfterComma(IReadOnlyList<Text.Token> tokens, int comma, int limit, HashSet<int> anchors)
    {
        if (comma + 1 < limit && tokens[comma].Is(',') && tokens[comma + 1].IsCapitalized) anchors.Add(comma + 1);
    }

    // The first of the two or three unusual capitalized words that end tokens [from, end), after a word
    // that names an organization or place (or, after "for"/"to", an ordinary portfolio word); -1 when none.
    private int NameAtEndOfRun(IReadOnlyList<Text.Token> tokens, int from, int end, bool afterOf)
    {
        var lastHead = -1;
        for (var k = from; k < end; k++)
        {
            var t = tokens[k];
            if (t.IsAllCaps || words.IsOrganizationHead(t.Value) || words.IsPlace(t.Value) || !afterOf && words.IsCommonWord(t.Value)) lastHead = k;
        }
        if (lastHead < 0) return -1;
        var tail = end - (lastHead + 1);
        return tail is 2 or 3 && Enumerable.Range(lastHead + 1, tail).All(k => tokens[k].IsCapitalized && !words.IsCommonWord(tokens[k].Value))
            ? lastHead + 1
            : -1;
    }

    // A name in a byline or credit is not a person of the story.
    private static bool IsCredit(IReadOnlyList<Text.Token> tokens, int first, int sentenceStart)
    {
        for (var k = first - 1; k >= Math.Max(sentenceStart, first - 3); k--)
        {
            var t = tokens[k];
            if (t.Is("by") && k - 1 >= sentenceStart && CreditWords.Contains(tokens[k - 1].Value)) return true;
            if (t.Is("By") && (k == sentenceStart || tokens[k - 1].Is('(') || tokens[k - 1].Is('['))) return true;
            if (t.Is(':') && k - 1 >= sentenceStart && CreditWords.Contains(tokens[k - 1].Value)) return true;
        }
        return false;
    }

    // A lone family name (or, for Vietnamese names, the last given name) that fits exactly one person.
    private static void ResolveShortMentions(ArticleAnalysis analysis)
    {
        var byShortForm = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in analysis.Names)
        {
            Add(name.FamilyName, name.Name);
            if (name.Evidence != NameEvidence.ChinesePinyin) Add(name.GivenName, name.Name);
        }
        var tokens = analysis.Tokens;
        var covered = new bool[tokens.Count];
        foreach (var name in analysis.Names)
            for (var k = name.Mention.FirstToken; k < name.Mention.EndToken; k++) covered[k] = true;

        var bodyFrom = analysis.BodyStart < analysis.Sentences.Count ? analysis.Sentences[analysis.BodyStart].FirstToken : tokens.Count;
        for (var i = bodyFrom; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (covered[i] || !t.IsCapitalized) continue;
            if (!byShortForm.TryGetValue(t.Value, out var full) || full.Count != 1) continue;
            // A capitalized word right after it continues some other proper noun.
            if (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && !tokens[i + 1].BreakBefore) continue;
            analysis.ShortMentions.Add((new Mention(MentionKind.Person, t.Span, i, i + 1, t.Value), full.First()));
        }

        void Add(string key, string fullName)
        {
            if (!byShortForm.TryGetValue(key, out var set)) byShortForm[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(fullName);
        }
    }
}
