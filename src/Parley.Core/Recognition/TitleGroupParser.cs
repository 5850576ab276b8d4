using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Parses a group of coordinated titles with their organizations, as written beside a name:
/// "Secretary of the Party Leadership Group and Chairman of CCPIT Beijing",
/// "Member of the Standing Committee of the CPC Chifeng Committee and Deputy Mayor of Chifeng",
/// "Vice Chairman of A (AA) and the B (BB)", "CCPIT spokesperson".
/// </summary>
/// <remarks>
/// An "of …" complement made only of generic words stays in the title when it names a sub-unit
/// ("of the Standing Committee") or a portfolio ("of Foreign Affairs"); a complement with a proper
/// name, acronym or place is the organization. A title with no organization of its own shares the
/// organization of the next title in the group, as in the first example.
/// </remarks>
public sealed class TitleGroupParser(TitleLexicon titles, OrganizationChain orgs, NameKnowledge words)
{
    private static readonly HashSet<string> EnvoyHeads = new(StringComparer.OrdinalIgnoreCase) { "ambassador", "envoy", "consul", "representative", "minister" };

    /// <summary>The shared parser over the default lexicons.</summary>
    public static TitleGroupParser Default { get; } = new(TitleLexicon.Default, OrganizationChain.Default, NameKnowledge.Default);

    /// <summary>The titles of a group and the token range they cover.</summary>
    public readonly record struct Group(IReadOnlyList<TitlePhrase> Titles, int Start, int End);

    /// <summary>Token index after optional "the"/"a" that may open a title.</summary>
    public static int SkipArticle(IReadOnlyList<Token> tokens, int i, int limit) =>
        i < limit && (tokens[i].Is("the") || tokens[i].Is("a") || tokens[i].Is("an")) ? i + 1 : i;

    /// <summary>True when a title core starts at token <paramref name="i"/>.</summary>
    public bool StartsTitle(IReadOnlyList<Token> tokens, int i, int limit) => titles.MatchCore(tokens, i, limit) > 0;

    /// <summary>
    /// Parses a group whose first title core starts at <paramref name="i"/>, or whose organization starts
    /// there and is followed by a title ("CCOIC Secretary General"). Null when no title starts there.
    /// </summary>
    public Group? Parse(string text, IReadOnlyList<Token> tokens, int i, int limit, ISet<int> personStarts, ISet<int> personEnds)
    {
        string? prefixOrg = null;
        var prefixSubunit = "";
        var first = i;
        if (titles.MatchCore(tokens, i, limit) < 0)
        {
            // An organization written before the title: "CCOIC Secretary General", "Beijing Municipal Government Party Group Member".
            var found = orgs.ReadForward(text, tokens, i, limit, personStarts, k => titles.MatchCore(tokens, k, limit) > 0);
            if (found is null) return null;
            var after = found.Value.End;
            // "China Chengtong’s Secretary of the CPC Committee"
            if (after < limit && tokens[after].Kind == TokenKind.Possessive) after++;
            if (titles.MatchCore(tokens, after, limit) < 0) return null;
            prefixOrg = found.Value.Name;
            i = after;
        }
        else if (i > 0)
        {
            (prefixOrg, prefixSubunit, first) = ReadPrefix(text, tokens, i, personEnds);
        }

        bool StopAtTitle(int t) => titles.MatchCore(tokens, t, limit) > 0;
        var list = new List<(string Title, List<string> Orgs, int Start, int End)>();
        var k = i;
        while (true)
        {
            var coreEnd = titles.MatchCore(tokens, k, limit);
            if (coreEnd < 0) break;
            var titleStart = k;
            k = coreEnd;
            k = ExtendWithComplements(tokens, k, limit, personStarts, tokens[coreEnd - 1].Value);
            var titleText = text[tokens[titleStart].Span.Start..tokens[k - 1].Span.End];
            if (list.Count == 0 && prefixSubunit.Length > 0) titleText = prefixSubunit + " " + titleText;

            var orgNames = new List<string>();
            if (k < limit && (tokens[k].Is("of") || tokens[k].Is("at")))
            {
                // After a title's "of", any proper name is its organization or place ("Deputy Governor of Mato Grosso").
                var found = orgs.ReadForward(text, tokens, k + 1, limit, personStarts, StopAtTitle, requireOrganizationWord: false);
                while (found is not null)
                {
                    orgNames.Add(found.Value.Name);
                    k = found.Value.End;
                    // "of A and the B": a second organization for the same title, unless a title follows "and".
                    if (!(k + 1 < limit && tokens[k].Is("and"))) break;
                    var next = SkipArticle(tokens, k + 1, limit);
                    if (personStarts.Contains(next) || titles.MatchCore(tokens, next, limit) > 0) break;
                    found = orgs.ReadForward(text, tokens, k + 1, limit, personStarts, StopAtTitle);
                }
            }
            list.Add((titleText, orgNames, titleStart, k));

            // Coordination: "… and Chairman of …", ", Vice Mayor of …"
            var j = k;
            if (j < limit && tokens[j].Is(',')) j++;
            if (j < limit && tokens[j].Is("and")) j++;
            if (j == k) break;
            j = SkipArticle(tokens, j, limit);
            if (personStarts.Contains(j) || titles.MatchCore(tokens, j, limit) < 0) break;
            k = j;
        }
        if (list.Count == 0) return null;

        // A title with no organization shares the next title's ("Secretary of the Party Leadership Group and Chairman of X").
        for (var n = list.Count - 2; n >= 0; n--)
            if (list[n].Orgs.Count == 0 && list[n + 1].Orgs.Count > 0) list[n].Orgs.AddRange(list[n + 1].Orgs);
        if (prefixOrg is not null)
            foreach (var entry in list.Where(e => e.Orgs.Count == 0)) entry.Orgs.Add(prefixOrg);

        var phrases = list.Select(e => new TitlePhrase(
                e.Title, e.Orgs, new TextSpan(tokens[e.Start].Span.Start, tokens[e.End - 1].Span.End), e.Start, e.End))
            .ToList();
        return new Group(phrases, first, list[^1].End);
    }

    // Before a title: an organization ("CCPIT spokesperson"), a country's possessive ("Australia's Ambassador"),
    // or a nationality adjective ("Vietnamese Prime Minister", which gives no organization).
    private (string? Org, string Subunit, int First) ReadPrefix(string text, IReadOnlyList<Token> tokens, int i, ISet<int> personEnds)
    {
        var end = i;
        if (tokens[end - 1].Kind == TokenKind.Possessive) end--;
        if (end <= 0) return (null, "", i);
        var prev = tokens[end - 1];
        if (prev.Kind == TokenKind.Word && words.IsDemonym(prev.Value)) return (null, "", i);
        if (personEnds.Contains(end)) return (null, "", i);
        var found = orgs.ReadBackward(text, tokens, end, 0, personEnds);
        if (found is null) return (null, "", i);
        var (start, stop) = (found.Value.Start, end);
        if (tokens[stop - 1].Is(')')) stop -= 3; // a parenthesized acronym sits between name and title
        // "… Government Party Group Member": a trailing sub-unit belongs to the title.
        var wordsList = Enumerable.Range(start, stop - start).Select(k => tokens[k].Value).ToList();
        for (var cut = start + 1; cut < stop; cut++)
        {
            var tail = wordsList.Skip(cut - start).ToList();
            if (titles.EndsWithSubunit(tail) && tail.All(titles.IsSubunitWord))
            {
                var subunit = text[tokens[cut].Span.Start..tokens[stop - 1].Span.End];
                var org = text[tokens[start].Span.Start..tokens[cut - 1].Span.End];
                return orgs.LooksLikeOrganization(tokens, start, cut) ? (org, subunit, start) : (null, "", i);
            }
        }
        return orgs.LooksLikeOrganization(tokens, start, stop) ? (text[tokens[start].Span.Start..tokens[stop - 1].Span.End], "", start) : (null, "", i);
    }

    // "of the Standing Committee", "of Foreign Affairs", "to China": words that stay inside the title.
    private int ExtendWithComplements(IReadOnlyList<Token> tokens, int k, int limit, ISet<int> personStarts, string headWord)
    {
        while (k < limit)
        {
            var t = tokens[k];
            if (t.Is("to") && EnvoyHeads.Contains(headWord) && k + 1 < limit && tokens[k + 1].IsCapitalized && !personStarts.Contains(k + 1))
            {
                var j = k + 1;
                while (j < limit && tokens[j].IsCapitalized && !personStarts.Contains(j)) j++;
                k = j;
                continue;
            }
            if (!(t.Is("of") || t.Is("for"))) break;
            var start = SkipArticle(tokens, k + 1, limit);
            var end = start;
            // Only capitalized words and lower-case sub-unit words ("the board") can form such a complement;
            // "and" joins its words unless a title or a name follows ("Conference and Exhibition Department").
            while (end < limit && tokens[end].Kind == TokenKind.Word && !tokens[end].Is("of") && !tokens[end].Is("for")
                   && !personStarts.Contains(end) && !tokens[end].BreakBefore)
            {
                var w = tokens[end];
                if (w.Is("and"))
                {
                    if (end + 1 >= limit || !tokens[end + 1].IsCapitalized || personStarts.Contains(end + 1) || titles.MatchCore(tokens, end + 1, limit) > 0) break;
                }
                else if (!(w.IsCapitalized || titles.IsSubunitWord(w.Value))) break;
                end++;
            }
            while (end > start && tokens[end - 1].Is("and")) end--;
            if (end == start) break;
            // "the Municipal People’s Congress": a possessive continues a proper name, so this is an organization.
            if (end < limit && tokens[end].Kind == TokenKind.Possessive) break;
            if (!IsGenericComplement(tokens, start, end)) break;
            k = end;
        }
        return k;
    }

    private bool IsGenericComplement(IReadOnlyList<Token> tokens, int start, int end)
    {
        var list = new List<string>();
        for (var j = start; j < end; j++)
        {
            var t = tokens[j];
            if (t.IsAllCaps || words.IsPlace(t.Value) || words.IsDemonym(t.Value)) return false;
            if (!t.Is("and")) list.Add(t.Value);
        }
        if (titles.EndsWithSubunit(list)) return true;
        // A portfolio: ordinary words and no organization word ("Minister of Foreign Affairs", "Secretary of State");
        // an unknown proper name ("Chairman of Bluesoul") is an organization.
        return list.All(w => !words.IsOrganizationHead(w) && words.IsCommonWord(w)) && list.Count <= 4 && list.Any(w => char.IsUpper(w[0]));
    }
}
