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

    // Units of a government: "the Foreign Affairs Office of Lanzhou" is a body of its own, not a part of Lanzhou.
    private static readonly HashSet<string> AdministrativeUnits = new(StringComparer.OrdinalIgnoreCase) { "office", "department", "bureau", "section", "division" };

    // "the CPC Committee of X", "the Party Committee of X": a Party committee named with what it belongs to is a body of its own.
    private static readonly HashSet<string> PartyWords = new(StringComparer.OrdinalIgnoreCase) { "party", "cpc" };

    // Adjectives of an administrative level; a sub-unit word after one names the body itself ("the Municipal Party Committee").
    private static readonly HashSet<string> LevelAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "municipal", "provincial", "prefectural", "county", "district", "city", "national", "central", "regional", "autonomous",
    };

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
        var opensWithTitle = titles.MatchCore(tokens, i, limit) > 0;
        if (!opensWithTitle && NationalityBefore(tokens, i, limit) is var adjectiveEnd && adjectiveEnd > i)
        {
            // "Oliver Brand, British Ambassador to China": a nationality adjective gives no organization.
            i = adjectiveEnd;
            first = i;
        }
        else if (!opensWithTitle)
        {
            // An organization written before the title: "CCOIC Secretary General", "Beijing Municipal Government Party Group Member".
            var found = ReadOrganizationBeforeTitle(text, tokens, i, limit, personStarts);
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

        // Most calls find no title here: the list is made with the first one.
        List<(string Title, List<string> Orgs, int Start, int End)>? list = null;
        var k = i;
        while (true)
        {
            var coreEnd = titles.MatchCore(tokens, k, limit);
            if (coreEnd < 0) break;
            list ??= [];
            var titleStart = k;
            var tail = ReadTail(text, tokens, coreEnd, limit, personStarts);
            var (titleEnd, orgNames) = (tail.TitleEnd, tail.Organizations);
            k = tail.End;
            var titleText = text[tokens[titleStart].Span.Start..tokens[titleEnd - 1].Span.End];
            if (list.Count == 0 && prefixSubunit.Length > 0) titleText = prefixSubunit + " " + titleText;
            list.Add((titleText, orgNames, titleStart, k));

            // Coordination: "… and Chairman of …", ", Vice Mayor of …"; after a bare comma, "the Prime Minister"
            // is more likely the subject of the next clause than another title.
            var j = k;
            if (j < limit && tokens[j].Is(',')) j++;
            if (j < limit && tokens[j].Is("and")) j++;
            if (j == k) break;
            if (tokens[j - 1].Is("and")) j = SkipArticle(tokens, j, limit);
            if (personStarts.Contains(j) || titles.MatchCore(tokens, j, limit) < 0) break;
            k = j;
        }
        if (list is null) return null;

        // A title with no organization shares the next title's ("Secretary of the Party Leadership Group and Chairman of X").
        for (var n = list.Count - 2; n >= 0; n--)
            if (list[n].Orgs.Count == 0 && list[n + 1].Orgs.Count > 0) list[n].Orgs.AddRange(list[n + 1].Orgs);
        if (prefixOrg is not null)
            foreach (var entry in list.Where(e => e.Orgs.Count == 0)) entry.Orgs.Add(prefixOrg);

        // A loop, not Select: a lambda reading tokens would make Parse allocate a closure on every call, title or not.
        var phrases = new List<TitlePhrase>(list.Count);
        foreach (var e in list)
            phrases.Add(new TitlePhrase(e.Title, e.Orgs, new TextSpan(tokens[e.Start].Span.Start, tokens[e.End - 1].Span.End), e.Start, e.End));
        return new Group(phrases, first, list[^1].End);
    }

    // The organization written before a title ("CCOIC Secretary General"). A method of its own so that the
    // lambda's closure over tokens and limit is made only on this path, not on every call of Parse.
    private OrganizationChain.Found? ReadOrganizationBeforeTitle(string text, IReadOnlyList<Token> tokens, int i, int limit, ISet<int> personStarts) =>
        orgs.ReadForward(text, tokens, i, limit, personStarts, k => titles.MatchCore(tokens, k, limit) > 0);

    // One past "British" or "South African" when a title follows it; i itself otherwise.
    private int NationalityBefore(IReadOnlyList<Token> tokens, int i, int limit)
    {
        var k = i;
        if (k + 1 < limit && (tokens[k].Is("South") || tokens[k].Is("North")) && words.IsDemonym(tokens[k + 1].Value)) k++;
        if (k < limit && tokens[k].Kind == TokenKind.Word && words.IsDemonym(tokens[k].Value) && titles.MatchCore(tokens, k + 1, limit) > 0) return k + 1;
        return i;
    }

    /// <summary>What follows a title's role words: the end of its complements and its organizations.</summary>
    /// <param name="TitleEnd">One past the title's last word (role words and the complements that stay in it).</param>
    /// <param name="Organizations">The organizations written after it.</param>
    /// <param name="End">One past the last organization (or <paramref name="TitleEnd"/>).</param>
    public readonly record struct Tail(int TitleEnd, List<string> Organizations, int End);

    /// <summary>
    /// Reads, from token <paramref name="k"/> right after a title's role words (or after the name that
    /// follows them: "Director Ye Qingshan of the Planning Office of …"), the "of …" complements that
    /// stay in the title and the organizations after them.
    /// </summary>
    public Tail ReadTail(string text, IReadOnlyList<Token> tokens, int k, int limit, ISet<int> personStarts)
    {
        bool StopAtTitle(int t) => titles.MatchCore(tokens, t, limit) > 0;
        var complements = new List<int>();
        k = ExtendWithComplements(tokens, k, limit, personStarts, tokens[k - 1].Value, complements);
        var titleEnd = k;
        var orgNames = new List<string>();
        if (!(k < limit && (tokens[k].Is("of") || tokens[k].Is("at")))) return new Tail(titleEnd, orgNames, k);

        // After a title's "of", any proper name is its organization or place ("Deputy Governor of Mato Grosso").
        var found = orgs.ReadForward(text, tokens, k + 1, limit, personStarts, StopAtTitle, requireOrganizationWord: false);
        // "Director of the Foreign Affairs Office of Lanzhou": an administrative unit of a place is the organization.
        var (unit, isPartyCommittee) = AdministrativeUnitComplement(tokens, complements, titleEnd);
        if (found is not null && unit >= 0 && (isPartyCommittee || words.IsPlace(found.Value.Name)))
        {
            var unitStart = SkipArticle(tokens, unit + 1, limit);
            orgNames.Add(text[tokens[unitStart].Span.Start..(tokens[found.Value.Start].Span.Start + found.Value.Name.Length)]);
            return new Tail(unit, orgNames, found.Value.End);
        }
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
        return new Tail(titleEnd, orgNames, k);
    }

    // Before a title: an organization ("CCPIT spokesperson"), a country's possessive ("Australia's Ambassador"),
    // or a nationality adjective ("Vietnamese Prime Minister", which gives no organization).
    private (string? Org, string Subunit, int First) ReadPrefix(string text, IReadOnlyList<Token> tokens, int i, ISet<int> personEnds)
    {
        var end = i;
        // A title that opens a line has nothing of its own before it (the line above is a heading).
        if (tokens[i].BreakBefore) return (null, "", i);
        if (tokens[end - 1].Kind == TokenKind.Possessive) end--;
        if (end <= 0) return (null, "", i);
        var prev = tokens[end - 1];
        if (prev.Kind == TokenKind.Word && words.IsDemonym(prev.Value)) return (null, "", i);
        if (personEnds.Contains(end)) return (null, "", i);
        var found = orgs.ReadBackward(text, tokens, end, 0, personEnds);
        if (found is null) return (null, "", i);
        var (start, stop) = (found.Value.Start, end);
        if (tokens[stop - 1].Is(')')) stop -= 3; // a parenthesized acronym sits between name and title
        // "… Government Party Group Member": a trailing sub-unit belongs to the title; so does a sub-unit
        // with no organization written before it ("the company's Party Committee Secretary").
        var wordsList = Enumerable.Range(start, stop - start).Select(k => tokens[k].Value).ToList();
        for (var cut = start; cut < stop; cut++)
        {
            var tail = wordsList.Skip(cut - start).ToList();
            if (titles.EndsWithSubunit(tail) && tail.All(titles.IsSubunitWord))
            {
                var subunit = text[tokens[cut].Span.Start..tokens[stop - 1].Span.End];
                if (cut == start) return (null, subunit, start);
                var org = text[tokens[start].Span.Start..tokens[cut - 1].Span.End];
                return orgs.LooksLikeOrganization(tokens, start, cut) ? (org, subunit, start) : (null, "", i);
            }
        }
        return orgs.LooksLikeOrganization(tokens, start, stop) ? (text[tokens[start].Span.Start..tokens[stop - 1].Span.End], "", start) : (null, "", i);
    }

    // "of the Standing Committee", "of Foreign Affairs", "to China": words that stay inside the title.
    // The index of each "of"/"for" that opens an accepted complement is added to complementStarts.
    private int ExtendWithComplements(IReadOnlyList<Token> tokens, int k, int limit, ISet<int> personStarts, string headWord, List<int> complementStarts)
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
            // "Second Secretary of economic and commercial section": a unit written in lower case.
            if (LowerCaseUnitEnd(tokens, start, limit) is var unitEnd && unitEnd > start)
            {
                complementStarts.Add(k);
                k = unitEnd;
                continue;
            }
            var end = start;
            // Only capitalized words and lower-case sub-unit words ("the board") can form such a complement;
            // "and" joins its words unless a title or a name follows ("Conference and Exhibition Department").
            while (end < limit && tokens[end].Kind == TokenKind.Word && !tokens[end].Is("of") && !tokens[end].Is("for")
                   && !personStarts.Contains(end) && !tokens[end].BreakBefore && !IsAddressBeforeName(tokens, end, limit, personStarts))
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
            if (!IsGenericComplement(tokens, start, end, tokens[k].Is("for"))) break;
            complementStarts.Add(k);
            k = end;
        }
        return k;
    }

    // A place, unless an everyday word that only some small place is named ("Green" in "the Green Finance Section").
    private bool IsPlaceName(string word) =>
        words.TryFindPlace(word, out var place)
        && !(words.IsVeryCommonWord(word) && place.Kind is Lexicons.PlaceKind.City or Lexicons.PlaceKind.County);

    // One past a sub-unit named in lower-case words ("economic and commercial section"); start when there is none.
    // (A lower-case "… bureau" is a body of its own: "the project administration bureau".)
    private int LowerCaseUnitEnd(IReadOnlyList<Token> tokens, int start, int limit)
    {
        for (var k = start; k < Math.Min(limit, start + 5); k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized) return start;
            if (titles.IsSubunitPhrase([t.Value])) return k > start ? k + 1 : start;
        }
        return start;
    }

    // "U" in "Union Minister for Energy U Aung Naing Oo": a form of address right before a name.
    private bool IsAddressBeforeName(IReadOnlyList<Token> tokens, int k, int limit, ISet<int> personStarts) =>
        words.SkipHonorific(tokens, k, limit) is var next && next > k && personStarts.Contains(next);

    // The "of" of the first complement that names an administrative unit or a Party committee and is
    // followed only by its portfolio ("of Department of Commerce", "of the Foreign Affairs Office",
    // "of the CPC Committee"); -1 when there is none.
    private (int Of, bool IsPartyCommittee) AdministrativeUnitComplement(IReadOnlyList<Token> tokens, List<int> complementStarts, int titleEnd)
    {
        for (var c = 0; c < complementStarts.Count; c++)
        {
            var end = c + 1 < complementStarts.Count ? complementStarts[c + 1] : titleEnd;
            var party = end - 2 > complementStarts[c] && tokens[end - 1].Is("committee") && PartyWords.Contains(tokens[end - 2].Value);
            if (!party && !AdministrativeUnits.Contains(tokens[end - 1].Value)) continue;
            var portfolioOnly = true;
            for (var d = c + 1; d < complementStarts.Count && portfolioOnly; d++)
            {
                var last = d + 1 < complementStarts.Count ? complementStarts[d + 1] : titleEnd;
                portfolioOnly = !titles.IsSubunitWord(tokens[last - 1].Value);
            }
            if (portfolioOnly) return (complementStarts[c], party);
        }
        return (-1, false);
    }

    private bool IsGenericComplement(IReadOnlyList<Token> tokens, int start, int end, bool afterFor)
    {
        var list = new List<string>();
        for (var j = start; j < end; j++)
            if (!tokens[j].Is("and")) list.Add(tokens[j].Value);
        // "of the CPC Committee": a sub-unit phrase as a whole, acronym and all.
        if (titles.IsSubunitPhrase(list)) return true;
        for (var j = start; j < end; j++)
        {
            var t = tokens[j];
            if (t.IsAllCaps || IsPlaceName(t.Value) || words.IsDemonym(t.Value) || LevelAdjectives.Contains(t.Value)) return false;
        }
        if (titles.EndsWithSubunit(list)) return true;
        // A portfolio: ordinary words and no organization word ("Minister of Foreign Affairs", "Secretary of State";
        // after "for" an organization word too: "Chief Secretary for Administration"); an unknown proper name
        // ("Chairman of Bluesoul") is an organization.
        return list.All(w => (afterFor || !words.IsOrganizationHead(w)) && words.IsCommonWord(w)) && list.Count <= 4 && list.Any(w => char.IsUpper(w[0]));
    }
}
