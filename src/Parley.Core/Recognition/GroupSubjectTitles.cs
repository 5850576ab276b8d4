using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Titles given to a group named just before: "The three are members of the Standing Committee of …",
/// "Both were Vice Chairmen of …" — each of the last people mentioned (three, both) holds the title.
/// </summary>
public sealed class GroupSubjectTitles(TitleGroupParser parser, TitleLexicon titles)
{
    /// <summary>The shared reader over the default lexicons.</summary>
    public static GroupSubjectTitles Default { get; } = new(TitleGroupParser.Default, TitleLexicon.Default);

    private static readonly Dictionary<string, int> GroupSizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["both"] = 2, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
    };

    private static readonly HashSet<int> NoPeople = [];

    /// <summary>True when tokens [<paramref name="start"/>, <paramref name="end"/>) open with a group ("The three are").</summary>
    public static bool OpensWithGroup(IReadOnlyList<Token> tokens, int start, int end) => ReadSubject(tokens, start, end).Size > 0;

    /// <summary>
    /// When the sentence in tokens [<paramref name="start"/>, <paramref name="end"/>) opens with such a
    /// group and a plural title, the titles for each of <paramref name="latestFirst"/>'s first group-size
    /// people (the people mentioned before it, most recent first); none otherwise.
    /// </summary>
    public IEnumerable<PositionLinker.Claim> Read(string text, IReadOnlyList<Token> tokens, int start, int end, IReadOnlyList<PersonName> latestFirst)
    {
        var (size, i) = ReadSubject(tokens, start, end);
        if (size == 0 || latestFirst.Count < size) yield break;
        var group = parser.Parse(text, tokens, TitleGroupParser.SkipArticle(tokens, i, end), end, NoPeople, NoPeople);
        if (group is null || !titles.IsPlural(group.Value.Titles[0].Title)) yield break;
        foreach (var person in latestFirst.Take(size))
            foreach (var title in group.Value.Titles)
                foreach (var org in title.Organizations.DefaultIfEmpty())
                    yield return new PositionLinker.Claim(person, titles.SingularTitle(title.Title), org, title.Span);
    }

    // "The three are", "Both were also", "The two of them are": the group's size and where its predicate starts.
    private static (int Size, int Next) ReadSubject(IReadOnlyList<Token> tokens, int start, int end)
    {
        var i = start;
        if (i < end && tokens[i].Is("the")) i++;
        if (!(i < end && GroupSizes.TryGetValue(tokens[i].Value, out var size))) return (0, start);
        i++;
        if (i + 1 < end && tokens[i].Is("of") && tokens[i + 1].Is("them")) i += 2;
        if (!(i < end && (tokens[i].Is("are") || tokens[i].Is("were")))) return (0, start);
        i++;
        if (i < end && tokens[i].Is("also")) i++;
        return (size, i);
    }
}
