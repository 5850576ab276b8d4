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

    public string Name => "names";

    public void Run(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var text = analysis.Text;
        var placeTokens = new HashSet<int>();
        foreach (var place in analysis.Places.Where(p => p.EndToken - p.FirstToken > 1))
            for (var k = place.FirstToken; k < place.EndToken; k++) placeTokens.Add(k);

        for (var s = analysis.BodyStart; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            var titleEnds = new HashSet<int>();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var end = titles.MatchCore(tokens, i, sentence.EndToken);
                if (end < 0) continue;
                titleEnds.Add(end);
                AddAnchorAfterOrganization(tokens, text, end, sentence.EndToken, titleEnds);
                analysis.TitleWords.Add(new Mention(MentionKind.Title,
                    new Text.TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End), i, end, text[tokens[i].Span.Start..tokens[end - 1].Span.End]));
            }
            foreach (var name in recognizer.Find(text, tokens, sentence.FirstToken, sentence.EndToken, titleEnds))
            {
                // "Ho Chi Minh City": words inside a multi-word place are not a name.
                if (placeTokens.Contains(name.Mention.FirstToken)) continue;
                if (IsCredit(tokens, name.Mention.FirstToken, sentence.FirstToken)) continue;
                analysis.Names.Add(name);
            }
        }
        ResolveShortMentions(analysis);
    }

    // "President of Kyrgyzstan Sadyr Japarov", "Chairman of the Majilis of the Kazakh Parliament Yerlan Koshanov":
    // two or three name words right after the organization of a title are the holder's name.
    private void AddAnchorAfterOrganization(IReadOnlyList<Text.Token> tokens, string text, int titleEnd, int limit, HashSet<int> anchors)
    {
        if (titleEnd >= limit || !tokens[titleEnd].Is("of")) return;
        var chain = orgs.ReadForward(text, tokens, titleEnd + 1, limit, new HashSet<int>());
        if (chain is null) return;
        var end = chain.Value.Acronym is null ? chain.Value.End : chain.Value.End - 3;
        var lastHead = -1;
        for (var k = chain.Value.Start; k < end; k++)
            if (tokens[k].IsAllCaps || words.IsOrganizationHead(tokens[k].Value) || words.IsPlace(tokens[k].Value)) lastHead = k;
        if (lastHead < 0) return;
        var tail = end - (lastHead + 1);
        if (tail is 2 or 3 && Enumerable.Range(lastHead + 1, tail).All(k => tokens[k].IsCapitalized && !words.IsCommonWord(tokens[k].Value)))
            anchors.Add(lastHead + 1);
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
        var covered = new HashSet<int>();
        foreach (var name in analysis.Names)
            for (var k = name.Mention.FirstToken; k < name.Mention.EndToken; k++) covered.Add(k);

        var tokens = analysis.Tokens;
        var bodyFrom = analysis.BodyStart < analysis.Sentences.Count ? analysis.Sentences[analysis.BodyStart].FirstToken : tokens.Count;
        for (var i = bodyFrom; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (covered.Contains(i) || !t.IsCapitalized) continue;
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
