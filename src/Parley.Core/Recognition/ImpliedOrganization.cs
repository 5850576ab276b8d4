using Parley.Lexicons;
using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Finds the organization a title refers to without naming it: "its Vice Chairman", "the company's CEO",
/// "provincial governor", "the prefecture deputy Party secretary", or a title inside a department
/// ("Director of the Trade Services Department") — the nearest fitting organization or place
/// written before it in the same sentence.
/// </summary>
public sealed class ImpliedOrganization(OrganizationChain orgs, NameKnowledge words)
{
    /// <summary>The shared resolver over the default lexicons.</summary>
    public static ImpliedOrganization Default { get; } = new(OrganizationChain.Default, NameKnowledge.Default);

    // What the words before a title say about the body it belongs to.
    private enum Cue { None, Organization, NamedBody, OrganizationOrPlace, Province, Prefecture, City }

    // "the company's CEO", "the group's chairman": a body referred to by its kind.
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "group", "corporation", "firm", "enterprise", "organization", "organisation", "council", "chamber", "association", "bank",
    };

    // Units whose titles imply the organization that has them.
    private static readonly HashSet<string> UnitWords = new(StringComparer.OrdinalIgnoreCase) { "department", "office", "section", "division", "bureau" };

    // Lower-case words that join the parts of one name ("Harbor Chamber of Commerce", "Science and Technology Bureau").
    private static readonly HashSet<string> InnerConnectors = new(StringComparer.Ordinal) { "of", "for", "and", "&" };

    private const int MaxLookBack = 60;

    /// <summary>
    /// The organization implied for a title (its words <paramref name="title"/>) starting at token
    /// <paramref name="titleStart"/>, looking back no further than <paramref name="floor"/>; null when
    /// the words give no cue or nothing fitting is written before.
    /// </summary>
    public string? Find(string text, IReadOnlyList<Token> tokens, int floor, int titleStart, string title, ISet<int> personTokens)
    {
        var (cue, cueStart) = ReadCue(tokens, floor, titleStart, title);
        if (cue == Cue.None) return null;
        var from = Math.Max(floor, cueStart - MaxLookBack);
        // Capitalized runs before the cue, nearest first.
        for (var k = cueStart - 1; k >= from; k--)
        {
            // Months and other capitalized function words name nothing.
            if (!tokens[k].IsCapitalized || personTokens.Contains(k) || words.IsStopword(tokens[k].Value) || Dates.CalendarWords.TryMonth(tokens[k].Value, out _, out _)) continue;
            if (k - 1 >= from && (tokens[k - 1].IsCapitalized || tokens[k - 1].Kind == TokenKind.Possessive) && !personTokens.Contains(k - 1)) continue;
            // "Chamber of Commerce": a word after a connector inside a name is its tail; the name is read from its start.
            if (k - 2 >= from && InnerConnectors.Contains(tokens[k - 1].Value) && tokens[k - 2].IsCapitalized && !personTokens.Contains(k - 2)) continue;
            var found = Candidate(text, tokens, k, cueStart, cue, personTokens);
            if (found is not null) return found;
        }
        return null;
    }

    private (Cue Cue, int Start) ReadCue(IReadOnlyList<Token> tokens, int floor, int titleStart, string title)
    {
        var k = titleStart - 1;
        if (k >= floor && tokens[k].Kind == TokenKind.Possessive && k - 1 >= floor)
        {
            var noun = tokens[k - 1].Lower;
            var start = k - 2 >= floor && tokens[k - 2].Is("the") ? k - 2 : k - 1;
            if (BodyNouns.Contains(noun)) return (Cue.NamedBody, start);
            if (PlaceCue(noun) is var placeCue && placeCue != Cue.None) return (placeCue, start);
        }
        if (k >= floor && tokens[k].Kind == TokenKind.Word)
        {
            switch (tokens[k].Lower)
            {
                case "its" or "their": return (Cue.OrganizationOrPlace, k);
                case "provincial": return (Cue.Province, k);
                case "prefectural": return (Cue.Prefecture, k);
                case "municipal": return (Cue.City, k);
            }
            // "the prefecture deputy Party secretary"
            if (k - 1 >= floor && tokens[k - 1].Is("the") && PlaceCue(tokens[k].Lower) is var cue && cue != Cue.None) return (cue, k - 1);
        }
        foreach (var word in title.Split(' '))
            if (UnitWords.Contains(word)) return (Cue.Organization, titleStart);
        return (Cue.None, titleStart);
    }

    private static Cue PlaceCue(string noun) => noun switch
    {
        "province" => Cue.Province,
        "prefecture" => Cue.Prefecture,
        "city" => Cue.City,
        _ => Cue.None,
    };

    private string? Candidate(string text, IReadOnlyList<Token> tokens, int k, int limit, Cue cue, ISet<int> personTokens)
    {
        var found = orgs.ReadForward(text, tokens, k, limit, personTokens, requireOrganizationWord: false);
        if (found is null) return null;
        var name = found.Value.Name;
        var isPlace = words.TryFindPlace(name, out var place);
        var named = orgs.LooksLikeOrganization(tokens, found.Value.Start, found.Value.End) && !isPlace;
        var last = tokens[found.Value.Acronym is null ? found.Value.End - 1 : found.Value.End - 4].Value;
        return cue switch
        {
            // Another unit ("the Events and Exhibition Department") is no organization of its own.
            Cue.Organization => named && !UnitWords.Contains(last) ? name : null,
            // "the company's CEO" after "toured the Lumatech plant": any proper name that is no place.
            Cue.NamedBody => isPlace ? null : name,
            Cue.OrganizationOrPlace => name,
            Cue.Province => isPlace && place!.Kind == PlaceKind.Province ? name : null,
            // "the prefecture" is one written as such ("Haibei Prefecture"), not a prefecture-level city.
            Cue.Prefecture => last.Equals("Prefecture", StringComparison.OrdinalIgnoreCase) ? name : null,
            Cue.City => isPlace && place!.Kind is PlaceKind.City or PlaceKind.Prefecture or PlaceKind.County ? name : null,
            _ => null,
        };
    }
}
