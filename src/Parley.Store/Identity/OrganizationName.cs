using System.Text.RegularExpressions;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// What an organization's name says about which organization it is, before any article context:
/// its canonical body of words, the place it names, whether it is a public body that needs the
/// article's place to be told apart ("the Municipal Party Committee"), and its acronym.
/// </summary>
/// <param name="Written">The name as written.</param>
/// <param name="Body">
/// For a public body of a place, its kind words without the place, sorted ("committee party" for "CPC Chifeng
/// Committee" and for "Chifeng Municipal Party Committee"); otherwise the whole name's key without legal form
/// ("sunlit batteries" for "Sunlit Batteries Co., Ltd.").
/// </param>
/// <param name="Place">The one place the name contains, when it contains exactly one.</param>
/// <param name="IsPlaceBody">True when the name is a public body of <see cref="Place"/> ("Hebei Provincial Party Committee", "Hebei Province").</param>
/// <param name="NeedsPlace">For a public body naming no place ("the Municipal Government"), the level of place it belongs to.</param>
/// <param name="Initials">Initials of a name of three or more words ("ccpit"), else null.</param>
/// <param name="IsAcronym">True when the name is one upper-case word ("CCPIT", "SINOMACH").</param>
internal sealed partial record OrganizationName(
    string Written, string Body, Place? Place, bool IsPlaceBody, PlaceKind? NeedsPlace, string? Initials, bool IsAcronym)
{
    // Words that only link or possess ("People's" leaves an "s").
    private static readonly HashSet<string> Fillers = ["of", "the", "s", "and", "for", "in", "on", "at", "to"];

    // Legal forms a company name is written with or without ("Co., Ltd.", "Company Limited", "Inc.").
    private static readonly HashSet<string> LegalForms = ["ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "jsc"];

    // Words saying which level of place a public body belongs to.
    private static readonly Dictionary<string, PlaceKind> LevelWords = new(StringComparer.Ordinal)
    {
        ["municipal"] = PlaceKind.City, ["city"] = PlaceKind.City, ["town"] = PlaceKind.City, ["township"] = PlaceKind.City,
        ["provincial"] = PlaceKind.Province, ["province"] = PlaceKind.Province, ["autonomous"] = PlaceKind.Province,
        ["region"] = PlaceKind.Province, ["regional"] = PlaceKind.Province,
        ["prefectural"] = PlaceKind.Prefecture, ["prefecture"] = PlaceKind.Prefecture, ["league"] = PlaceKind.Prefecture,
        ["county"] = PlaceKind.County, ["district"] = PlaceKind.County,
    };

    // Words naming a kind of public body rather than one body: every place has its own "Party Committee",
    // "People's Government", "Bureau of Commerce", so such a name means nothing without its place.
    private static readonly HashSet<string> BodyWords =
    [
        "party", "committee", "government", "congress", "standing", "political", "consultative", "conference",
        "commission", "discipline", "inspection", "supervision", "bureau", "department", "office", "general",
        "commerce", "foreign", "affairs", "administration", "development", "reform", "court", "procuratorate",
        "federation", "trade", "union", "unions", "council", "leadership", "group", "working", "united", "front",
        "work", "publicity", "propaganda", "security", "public", "education", "finance", "science", "technology",
        "agriculture", "culture", "tourism", "health", "transport", "housing", "ecology", "environment", "natural",
        "resources", "industry", "information", "investment", "promotion", "international", "cooperation",
        "center", "centre", "association", "chamber", "sub", "branch", "people", "state", "owned", "assets",
    ];

    /// <summary>Analyzes <paramref name="written"/>, finding places with <paramref name="gazetteer"/>.</summary>
    public static OrganizationName Of(string written, Gazetteer gazetteer)
    {
        var words = WithoutLegalForm(PartyAsOneWord(NameKey.Of(written).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var significant = words.Where(w => !Fillers.Contains(w)).ToList();
        var initials = significant.Count >= 3 ? string.Concat(significant.Select(w => w[0])) : null;
        var isAcronym = AcronymShape().IsMatch(written.Trim());

        var remaining = words.ToList();
        var places = new List<Place>();
        foreach (var match in gazetteer.FindIn(written))
            // A place inside a phrase already folded away ("China" in "Communist Party of China") is not the body's place.
            if (RemoveRun(remaining, NameKey.Of(match.Span.Of(written)).Split(' '))) places.Add(match.Place);

        var residual = remaining.Where(w => !Fillers.Contains(w)).ToList();
        var level = residual.Where(LevelWords.ContainsKey).Select(w => LevelWords[w]).Cast<PlaceKind?>().FirstOrDefault();
        var kinds = residual.Where(w => !LevelWords.ContainsKey(w) && w != "people").Distinct().Order(StringComparer.Ordinal).ToList();
        var isBody = kinds.All(BodyWords.Contains);
        var body = string.Join(' ', kinds);

        if (places.Count == 1 && isBody)
            return new OrganizationName(written, body, places[0], IsPlaceBody: true, NeedsPlace: null, initials, isAcronym);
        if (places.Count == 0 && level is not null && kinds.Count > 0 && isBody)
            return new OrganizationName(written, body, Place: null, IsPlaceBody: false, level, initials, isAcronym);
        var key = words.Count > 0 ? string.Join(' ', words) : NameKey.Of(written);
        return new OrganizationName(written, key, places.Count == 1 ? places[0] : null, IsPlaceBody: false, NeedsPlace: null, initials, isAcronym);
    }

    /// <summary>The canonical key of this body when it belongs to the place entity <paramref name="placeEntityId"/>.</summary>
    public string PlaceKey(long placeEntityId) => Body.Length == 0 ? $"@{placeEntityId}" : $"@{placeEntityId} {Body}";

    /// <summary>"Communist Party of China", "Chinese Communist Party", "CPC" and "CCP" all become the word "party".</summary>
    private static List<string> PartyAsOneWord(string[] words)
    {
        var result = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var skip = words.AsSpan(i) switch
            {
                ["communist", "party", "of", "china", ..] => 4,
                ["chinese", "communist", "party", ..] => 3,
                ["communist", "party", ..] => 2,
                ["cpc" or "ccp", ..] => 1,
                _ => 0,
            };
            if (skip == 0) { result.Add(words[i]); continue; }
            if (result.Count == 0 || result[^1] != "party") result.Add("party");
            i += skip - 1;
        }
        return result;
    }

    /// <summary>The words without a trailing legal form; never all of them.</summary>
    private static List<string> WithoutLegalForm(List<string> words)
    {
        var end = words.Count;
        var hadForm = false;
        while (end > 1 && LegalForms.Contains(words[end - 1])) { end--; hadForm = true; }
        if (end > 1 && (words[end - 1] == "co" || (hadForm && words[end - 1] == "company"))) end--;
        return words[..end];
    }

    /// <summary>Removes the first occurrence of <paramref name="run"/> from <paramref name="words"/>; false when absent.</summary>
    private static bool RemoveRun(List<string> words, string[] run)
    {
        for (var i = 0; i + run.Length <= words.Count; i++)
        {
            var j = 0;
            while (j < run.Length && words[i + j] == run[j]) j++;
            if (j < run.Length) continue;
            words.RemoveRange(i, run.Length);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d&]{1,9}$")]
    private static partial Regex AcronymShape();
}
