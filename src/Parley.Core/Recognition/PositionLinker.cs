using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Gives each person in a sentence the titles written beside their name: in apposition after it
/// ("Guo Huaigang, Secretary … and Chairman of CCPIT Beijing, met …"), before it ("Chairman of CCPIT
/// Jiang Zengwei", "CCPIT spokesperson Wang Wenshuai"), and shared across a coordination
/// ("Chairman Wang and Vice Chairman Cong of our council").
/// </summary>
public sealed class PositionLinker(TitleGroupParser parser, OrganizationChain orgs, TitleLexicon titles, NameKnowledge words, ImpliedOrganization implied)
{
    /// <summary>The shared linker over the default lexicons.</summary>
    public static PositionLinker Default { get; } = new(
        TitleGroupParser.Default, OrganizationChain.Default, TitleLexicon.Default, NameKnowledge.Default, ImpliedOrganization.Default);

    /// <summary>A title given to one person, with its source span.</summary>
    public readonly record struct Claim(PersonName Person, string Title, string? Org, TextSpan Span);

    /// <summary>Every (person, title, organization) written in tokens [start, end).</summary>
    public IReadOnlyList<Claim> Link(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<PersonName> people)
    {
        var claims = new List<Claim>();
        if (people.Count == 0) return claims;
        // Filled in one loop, each sized for the people at once: this runs for every sentence that names someone.
        var personStarts = new HashSet<int>(people.Count);
        var byStart = new Dictionary<int, PersonName>(people.Count);
        var personEnds = new HashSet<int>(people.Count);
        var personTokens = new HashSet<int>(2 * people.Count);
        foreach (var person in people)
        {
            personStarts.Add(person.Mention.FirstToken);
            byStart.Add(person.Mention.FirstToken, person); // throws on a repeated start, as ToDictionary did
            personEnds.Add(person.Mention.EndToken);
            for (var k = person.Mention.FirstToken; k < person.Mention.EndToken; k++) personTokens.Add(k);
        }
        var used = new bool[end - start];

        // 1. Apposition: "NAME, TITLES", "NAME (TITLES)", "NAME, who is TITLES", and coordinated names
        //    sharing a plural title ("A and B, Deputy General Managers of X") or titles "respectively".
        for (var p = 0; p < people.Count; p++)
        {
            var person = people[p];
            var k = person.Mention.EndToken;
            if (k >= end || !(tokens[k].Is(',') || tokens[k].Is('('))) continue;
            var t = SkipRelativeClause(tokens, TitleGroupParser.SkipArticle(tokens, k + 1, end), end);
            var group = parser.Parse(text, tokens, t, end, personStarts, personEnds);
            if (group is null) continue;
            // "A, Vice Governor B": the title belongs to the name it stands before, not to A; in
            // "A, Secretary General of X and Deputy Mayor B" only the last one does.
            if (personStarts.Contains(words.SkipHonorific(tokens, group.Value.End, end)))
            {
                if (group.Value.Titles.Count < 2) continue;
                var kept = group.Value.Titles.Take(group.Value.Titles.Count - 1).ToList();
                group = new TitleGroupParser.Group(kept, group.Value.Start, kept[^1].EndToken);
            }

            var chain = CoordinatedBefore(tokens, people, p);
            var respectively = ReadRespectively(text, tokens, group.Value.End, end, personStarts);
            if (chain.Count > 1 && respectively.Found && group.Value.Titles.Count == chain.Count)
            {
                for (var c = 0; c < chain.Count; c++)
                    AddTitle(chain[c], group.Value.Titles[c], respectively.Org);
            }
            else if (chain.Count > 1 && titles.IsPlural(group.Value.Titles[0].Title))
            {
                foreach (var member in chain)
                    foreach (var title in group.Value.Titles) AddTitle(member, title, null);
            }
            else
            {
                foreach (var title in group.Value.Titles) AddTitle(person, title, respectively.Org);
            }
            for (var u = Math.Max(group.Value.Start, start); u < Math.Min(group.Value.End, end); u++) used[u - start] = true;
        }

        // 2. Titles written before the name, and organizations written after a coordination of them.
        var pending = new List<(PersonName Person, int ClaimFrom)>();
        (string Place, int After)? listPlace = null;
        for (var i = start; i < end; i++)
        {
            if (used[i - start]) continue;
            if (!parser.StartsTitle(tokens, i, end)) continue;
            var group = parser.Parse(text, tokens, i, end, personStarts, personEnds);
            if (group is null) continue;
            var person = byStart.GetValueOrDefault(words.SkipHonorific(tokens, group.Value.End, end))
                ?? ReversedApposition(tokens, byStart, group.Value, start, end, personEnds);
            if (person is null) { i = group.Value.End - 1; continue; }
            var from = claims.Count;
            Add(person, group.Value);
            pending.Add((person, from));
            // "Qinghai provincial Party Secretary A, Vice Governor B": the place of a list's first local office
            // is the place of the next one.
            if (listPlace is { } previous && ContinuesList(tokens, previous.After, group.Value.Start))
                for (var c = from; c < claims.Count; c++)
                    if (claims[c].Org is null && IsLocalOffice(claims[c].Title)) claims[c] = claims[c] with { Org = previous.Place };

            var after = person.Mention.EndToken;
            // "Deputy Mayors A and B": a plural title is every coordinated name's.
            if (titles.IsPlural(group.Value.Titles[^1].Title))
                while (NextCoordinated(tokens, after, end, byStart) is { } next)
                {
                    pending.Add((next, claims.Count));
                    foreach (var title in group.Value.Titles) AddTitle(next, title, null);
                    after = next.Mention.EndToken;
                }
            if (after < end && tokens[after].Is("and")) { i = after; continue; }
            // "… and Vice Chairman Cong Sufeng of our council": the organization after the last name
            // belongs to every title of the coordination that has none; so does a complement that stays
            // in the title ("Director Ye Qingshan of the Planning Office of …").
            if (after < end && tokens[after].Is("of"))
            {
                var tail = parser.ReadTail(text, tokens, after, end, personStarts);
                var complement = tail.TitleEnd > after ? text[tokens[after].Span.Start..tokens[tail.TitleEnd - 1].Span.End] : null;
                var org = tail.Organizations.FirstOrDefault();
                foreach (var (_, claimFrom) in pending)
                    for (var c = claimFrom; c < claims.Count; c++)
                    {
                        if (complement is not null) claims[c] = claims[c] with { Title = claims[c].Title + " " + complement };
                        if (claims[c].Org is null && org is not null) claims[c] = claims[c] with { Org = org };
                    }
            }
            pending.Clear();
            // "Gansu", "Qinghai provincial": an organization named by its place.
            var place = claims.Skip(from).Select(c => c.Org).FirstOrDefault(o => o is not null && words.IsPlace(o.Split(' ')[0]));
            listPlace = place is null ? null : (place, after);
            i = after - 1;
        }
        return claims;

        void AddTitle(PersonName person, TitlePhrase title, string? fallbackOrg)
        {
            var words = titles.SingularTitle(title.Title);
            // "its Vice Chairman", "Director of the Trade Services Department": an organization the context implies.
            if (title.Organizations.Count == 0)
                claims.Add(new Claim(person, words, fallbackOrg ?? implied.Find(text, tokens, start, title.FirstToken, words, personTokens), title.Span));
            foreach (var org in title.Organizations) claims.Add(new Claim(person, words, org, title.Span));
        }

        void Add(PersonName person, TitleGroupParser.Group group)
        {
            for (var u = Math.Max(group.Start, start); u < Math.Min(group.End, end); u++) used[u - start] = true;
            foreach (var title in group.Titles) AddTitle(person, title, null);
        }
    }

    // Local offices, whose holders in one list serve one place.
    private static readonly HashSet<string> LocalRoles = new(StringComparer.OrdinalIgnoreCase) { "governor", "mayor", "secretary", "chief" };

    private static bool IsLocalOffice(string title) => LocalRoles.Contains(title[(title.LastIndexOf(' ') + 1)..]);

    // Tokens [after, next) only separate two entries of a list: ",", "and", ", joined by", "accompanied by".
    private static bool ContinuesList(IReadOnlyList<Token> tokens, int after, int next)
    {
        var k = after;
        if (k < next && tokens[k].Is(',')) k++;
        if (k < next && tokens[k].Is("and")) k++;
        else if (k + 1 < next && (tokens[k].Is("joined") || tokens[k].Is("accompanied")) && tokens[k + 1].Is("by")) k += 2;
        return k == next && next > after;
    }

    // The name joined by "and" or a comma right after token "after", if any.
    private PersonName? NextCoordinated(IReadOnlyList<Token> tokens, int after, int end, Dictionary<int, PersonName> byStart)
    {
        if (after >= end || !(tokens[after].Is("and") || tokens[after].Is(','))) return null;
        var k = after + 1;
        if (tokens[after].Is(',') && k < end && tokens[k].Is("and")) k++;
        return byStart.GetValueOrDefault(words.SkipHonorific(tokens, k, end));
    }

    // "Australia's Ambassador to China, Graham Fletcher, met …": a title set off before the name by commas.
    // Only when no name stands just before the title (else it is that name's apposition) and the name is
    // closed by a comma or the end of the sentence.
    private PersonName? ReversedApposition(IReadOnlyList<Token> tokens, Dictionary<int, PersonName> byStart, TitleGroupParser.Group group,
        int start, int end, ISet<int> personEnds)
    {
        var comma = group.End;
        if (comma >= end || !tokens[comma].Is(',')) return null;
        if (personEnds.Contains(group.Start) || group.Start - 1 >= start && tokens[group.Start - 1].Is(',') && personEnds.Contains(group.Start - 1)) return null;
        if (!byStart.TryGetValue(words.SkipHonorific(tokens, comma + 1, end), out var person)) return null;
        var after = person.Mention.EndToken;
        return after >= end || tokens[after].Is(',') || tokens[after].Is('.') ? person : null;
    }

    // ", who is director of …", ", who was also …", ", also general secretary of …": the title follows a relative clause opener.
    private static int SkipRelativeClause(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 1 < end && tokens[i].Is("also")) return TitleGroupParser.SkipArticle(tokens, i + 1, end);
        if (i + 1 < end && tokens[i].Is("who") && (tokens[i + 1].Is("is") || tokens[i + 1].Is("was") || tokens[i + 1].Is("serves")))
        {
            i += 2;
            if (i < end && (tokens[i].Is("also") || tokens[i].Is("as"))) i++;
            return TitleGroupParser.SkipArticle(tokens, i, end);
        }
        return i;
    }

    // The names joined to people[p] by "and" or commas just before it: "A and B", "A, B and C".
    private static List<PersonName> CoordinatedBefore(IReadOnlyList<Token> tokens, IReadOnlyList<PersonName> people, int p)
    {
        var chain = new List<PersonName> { people[p] };
        // Bounded, so a page-long list of names costs linear time.
        for (var q = p - 1; q >= Math.Max(0, p - 20); q--)
        {
            var gapStart = people[q].Mention.EndToken;
            var gapEnd = chain[0].Mention.FirstToken;
            var gap = gapEnd - gapStart;
            var joined = gap == 1 && (tokens[gapStart].Is("and") || tokens[gapStart].Is(','))
                || gap == 2 && tokens[gapStart].Is(',') && tokens[gapStart + 1].Is("and");
            if (!joined) break;
            chain.Insert(0, people[q]);
        }
        return chain;
    }

    // "…, Director General and Deputy Director General, respectively, of the Department of Commerce".
    private (bool Found, string? Org) ReadRespectively(string text, IReadOnlyList<Token> tokens, int i, int end, ISet<int> personStarts)
    {
        if (i < end && tokens[i].Is(',')) i++;
        if (!(i < end && tokens[i].Is("respectively"))) return (false, null);
        i++;
        if (i < end && tokens[i].Is(',')) i++;
        if (!(i < end && tokens[i].Is("of"))) return (true, null);
        var found = orgs.ReadForward(text, tokens, i + 1, end, personStarts, requireOrganizationWord: false);
        return (true, found?.Name);
    }
}
