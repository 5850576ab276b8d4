using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Gives each person in a sentence the titles written beside their name: in apposition after it
/// ("Guo Huaigang, Secretary … and Chairman of CCPIT Beijing, met …"), before it ("Chairman of CCPIT
/// Jiang Zengwei", "CCPIT spokesperson Wang Wenshuai"), and shared across a coordination
/// ("Chairman Wang and Vice Chairman Cong of our council").
/// </summary>
public sealed class PositionLinker(TitleGroupParser parser, OrganizationChain orgs)
{
    /// <summary>The shared linker over the default lexicons.</summary>
    public static PositionLinker Default { get; } = new(TitleGroupParser.Default, new OrganizationChain(NameKnowledge.Default));

    /// <summary>A title given to one person, with its source span.</summary>
    public readonly record struct Claim(PersonName Person, string Title, string? Org, TextSpan Span);

    /// <summary>Every (person, title, organization) written in tokens [start, end).</summary>
    public IReadOnlyList<Claim> Link(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<PersonName> people)
    {
        var claims = new List<Claim>();
        if (people.Count == 0) return claims;
        var personStarts = people.Select(p => p.Mention.FirstToken).ToHashSet();
        var personEnds = people.Select(p => p.Mention.EndToken).ToHashSet();
        var used = new bool[end - start];

        // 1. Apposition: "NAME, TITLES" and "NAME (TITLES)".
        foreach (var person in people)
        {
            var k = person.Mention.EndToken;
            if (k >= end || !(tokens[k].Is(',') || tokens[k].Is('('))) continue;
            var t = TitleGroupParser.SkipArticle(tokens, k + 1, end);
            var group = parser.Parse(text, tokens, t, end, personStarts, personEnds);
            if (group is null) continue;
            Add(person, group.Value);
        }

        // 2. Titles written before the name, and organizations written after a coordination of them.
        var pending = new List<(PersonName Person, int ClaimFrom)>();
        for (var i = start; i < end; i++)
        {
            if (used[i - start]) continue;
            if (!parser.StartsTitle(tokens, i, end)) continue;
            var group = parser.Parse(text, tokens, i, end, personStarts, personEnds);
            if (group is null) continue;
            var person = people.FirstOrDefault(p => p.Mention.FirstToken == group.Value.End);
            if (person is null) { i = group.Value.End - 1; continue; }
            var from = claims.Count;
            Add(person, group.Value);
            pending.Add((person, from));

            var after = person.Mention.EndToken;
            if (after < end && tokens[after].Is("and")) { i = after; continue; }
            // "… and Vice Chairman Cong Sufeng of our council": the organization after the last name
            // belongs to every title of the coordination that has none.
            if (after < end && tokens[after].Is("of"))
            {
                var found = orgs.ReadForward(text, tokens, after + 1, end, personStarts);
                if (found is not null)
                    foreach (var (_, claimFrom) in pending)
                        for (var c = claimFrom; c < claims.Count; c++)
                            if (claims[c].Org is null) claims[c] = claims[c] with { Org = found.Value.Name };
            }
            pending.Clear();
            i = after - 1;
        }
        return claims;

        void Add(PersonName person, TitleGroupParser.Group group)
        {
            for (var u = Math.Max(group.Start, start); u < Math.Min(group.End, end); u++) used[u - start] = true;
            foreach (var title in group.Titles)
            {
                if (title.Organizations.Count == 0) claims.Add(new Claim(person, title.Title, null, title.Span));
                foreach (var org in title.Organizations) claims.Add(new Claim(person, title.Title, org, title.Span));
            }
        }
    }
}
