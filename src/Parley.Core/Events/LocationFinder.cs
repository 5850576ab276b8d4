using Parley.Extraction;
using Parley.Lexicons;
using Parley.Recognition;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Finds the places of an article's sentences that are written as where something happened: a place
/// after "in", after a visit word ("visited Beijing", "a visit to Laos", "arrived in Hanoi"), also
/// through a descriptive phrase ("in the coastal city of Qingdao", "in the Ningxia capital, Yinchuan",
/// "in northwest China's Ningxia", "visited Beijing, Shanghai and Xiamen"). A place inside an
/// organization's name or title ("Consul General in Guangzhou", "Ministry of Commerce in Qingdao"),
/// or after "from", is never a location.
/// </summary>
public sealed class LocationFinder
{
    // Words that put the place right after them: "in Tianjin", "visited Laos", "toured Yiwu".
    private static readonly HashSet<string> Cues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "visited", "visiting", "visit", "visits", "toured", "inspected", "arrived", "reached",
    };

    // "to" is a cue only after a word of travel: "a visit to Laos", "trip to Hanoi", "went to Shanghai".
    private static readonly HashSet<string> TravelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "visit", "visits", "trip", "tour", "came", "come", "went", "travelled", "traveled", "journey", "delegation", "team",
        "returned", "headed", "mission",
    };

    // Words before "in" that make it say where something happened: "was held in", "took place in", "on Sunday morning in".
    private static readonly HashSet<string> StrongBeforeIn = new(StringComparer.OrdinalIgnoreCase)
    {
        "held", "opened", "convened", "hosted", "organized", "organised", "place", "arrived", "landed", "stay", "stayed", "was", "were",
        "be", "been", "morning", "afternoon", "evening", "night", "day", "today", "yesterday", "off", "met", "together", "gathered",
    };

    // Verbs of going to see a place or an institution in person.
    private static readonly HashSet<string> VisitVerbs = new(StringComparer.OrdinalIgnoreCase) { "visited", "visiting", "toured", "inspected" };

    // Finite verbs of a visit made, whose object may name the place it went to.
    private static readonly HashSet<string> VisitedVerbs = new(StringComparer.OrdinalIgnoreCase) { "visited", "toured", "inspected" };

    // Verbs of holding right before "in" that say an engagement was there: "was held in", "took place in".
    private static readonly HashSet<string> HeldVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "held", "hosted", "convened", "opened", "organized", "organised", "staged", "place",
    };

    // Verbs after a place that make it the host of an event: "Guangzhou held", "Haikou has hosted".
    private static readonly HashSet<string> HostingVerbs = new(StringComparer.OrdinalIgnoreCase) { "held", "hosted", "holds", "hosts" };

    // Verbs of holding an event, whose place a plan may give: "to hold the next round in Shanghai", "will be held in".
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.OrdinalIgnoreCase) { "hold", "held", "host", "hosted", "holding", "hosting", "convene", "organize", "organise" };

    // How far back from a cue the event word whose place it gives may stand: "hold the third round in the autumn of 2019 in".
    private const int PlannedClauseReach = 12;

    // Nouns of travel a place may stand before: "his Vietnam visit".
    private static readonly HashSet<string> TravelNouns = new(StringComparer.OrdinalIgnoreCase) { "visit", "trip", "tour", "visits" };

    // Nouns that describe a place in a phrase naming it: "the city of X", "the Ningxia capital, X".
    private static readonly HashSet<string> PlaceTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "cities", "province", "provinces", "capital", "county", "prefecture", "region", "municipality", "district",
        "town", "village", "state", "island", "port",
    };

    // Words that may describe a place between the cue and its name: "in southwest China", "the coastal city of".
    private static readonly HashSet<string> PlaceModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "coastal",
        "seaside", "border", "neighboring", "neighbouring", "inland", "capital", "historic", "ancient", "famous",
    };

    // How far before "to" its word of travel may stand: "a delegation of government officials to".
    private const int TravelWordReach = 5;

    // How far back from a place its cue may stand ("in the coastal Chinese city of Qingdao": six words).
    private const int MaxPhraseLength = 8;

    private readonly ArticleAnalysis analysis;
    // Per token of the article: it lies in a place, or in an organization's name or a title. Flags by token index
    // rather than sets of indexes: read for every place of every sentence, and cheaper to fill.
    private readonly bool[] placeTokens;
    private readonly bool[] namedTokens;

    /// <summary>A finder for one article: it notes which tokens are places and which name organizations or titles.</summary>
    public LocationFinder(ArticleAnalysis analysis)
    {
        this.analysis = analysis;
        placeTokens = new bool[analysis.Tokens.Count];
        namedTokens = new bool[analysis.Tokens.Count];
        foreach (var place in analysis.Places)
            for (var k = place.FirstToken; k < place.EndToken; k++) placeTokens[k] = true;
        foreach (var claim in analysis.Positions) AddTokens(claim.Span);
        foreach (var title in analysis.TitleWords)
            for (var k = title.FirstToken; k < title.EndToken; k++) namedTokens[k] = true;
    }

    private void AddTokens(TextSpan span)
    {
        for (var k = analysis.TokenAt(span.Start); k < analysis.Tokens.Count && analysis.Tokens[k].Span.End <= span.End; k++) namedTokens[k] = true;
    }

    private bool IsPlaceToken(int k) => (uint)k < (uint)placeTokens.Length && placeTokens[k];

    private bool IsNamedToken(int k) => (uint)k < (uint)namedTokens.Length && namedTokens[k];

    /// <summary>
    /// The sentence's location: its first place written as where something happened ("held in", "visited",
    /// "met … in"), else its first place after a plain "in" ("investment in Hainan"), made sharper by a later
    /// location of the sentence inside it ("in southwest China's Sichuan Province" → Sichuan Province).
    /// </summary>
    public Mention? Find(Sentence sentence) => Find(sentence, firmOnly: false);

    /// <summary>
    /// The sentence's location only when it is written firmly as where something happened ("held in",
    /// "visited", "met … in"), not after a plain "in" behind a common noun ("poverty reduction in Yunnan").
    /// </summary>
    public Mention? FindFirm(Sentence sentence) => Find(sentence, firmOnly: true);

    private Mention? Find(Sentence sentence, bool firmOnly)
    {
        // Framing asks this of every sentence twice: loops rather than LINQ, and places compared as spans of the text.
        var all = new List<Mention>();
        Mention? firstStrong = null;
        foreach (var place in analysis.PlacesIn(sentence))
        {
            var cue = CueOf(place, sentence);
            if (cue == Cue.None) continue;
            all.Add(place);
            if (cue == Cue.Strong) firstStrong ??= place;
        }
        if (all.Count == 0 || (firmOnly && firstStrong is null)) return null;
        var found = firstStrong ?? all[0];
        foreach (var place in all)
            if (PlaceHierarchy.IsWithin(WordsOf(place), WordsOf(found))) found = place;
        return found;
    }

    private ReadOnlySpan<char> WordsOf(Mention place) => analysis.Text.AsSpan(place.Span.Start, place.Span.Length);

    /// <summary>
    /// Whether the place is written firmly as where something happened ("held in", "visited", "met … in"),
    /// not after a plain "in" behind a common noun ("a plant in Bac Giang"), which often places something else.
    /// </summary>
    public bool IsFirm(Mention place, Sentence sentence) => CueOf(place, sentence) == Cue.Strong;

    /// <summary>
    /// The sentence's first place written right after a verb of holding and "in": "the meeting was held in
    /// Beijing", "the forum took place in Xiamen". No wording says more plainly where an engagement was.
    /// </summary>
    public Mention? FindHeldIn(Sentence sentence)
    {
        var tokens = analysis.Tokens;
        foreach (var place in analysis.PlacesIn(sentence))
        {
            var cue = place.FirstToken - 1;
            if (cue - 1 < sentence.FirstToken || !tokens[cue].Is("in") || !HeldVerbs.Contains(tokens[cue - 1].Value)) continue;
            if (CueOf(place, sentence) == Cue.Strong) return place;
        }
        return null;
    }

    /// <summary>Every place of the sentence written as a location, in text order.</summary>
    public IEnumerable<Mention> FindAll(Sentence sentence)
    {
        foreach (var place in analysis.PlacesIn(sentence))
            if (CueOf(place, sentence) != Cue.None) yield return place;
    }

    // How firmly the words before a place say that something happened there.
    private enum Cue { None, Weak, Strong }

    private Cue CueOf(Mention place, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        if (IsNamedToken(place.FirstToken)) return Cue.None;
        // The place continues into a longer proper noun ("in Beijing Stock Exchange"), or qualifies a noun
        // ("in Guangxi's external strategy"): not a location.
        if (place.EndToken < sentence.EndToken && !tokens[place.EndToken].BreakBefore
            && (tokens[place.EndToken].IsCapitalized || tokens[place.EndToken].Kind == TokenKind.Possessive))
            return IsVisitedInstitution(place, sentence) ? Cue.Strong : Cue.None;
        // "his Vietnam visit", "the Laos trip": a place naming where a visit went.
        if (place.EndToken < sentence.EndToken && TravelNouns.Contains(tokens[place.EndToken].Value)) return Cue.Strong;
        // "Guangzhou held …", "the city of Haikou has hosted …": the place is the host.
        if (IsHostSubject(place, sentence)) return Cue.Strong;
        var k = place.FirstToken - 1;
        for (var steps = 0; k >= sentence.FirstToken && steps < MaxPhraseLength; steps++)
        {
            var t = tokens[k];
            if (IsCue(k, sentence.FirstToken)) return IsInPlannedClause(k, sentence) ? Cue.None : StrengthOf(k, sentence.FirstToken);
            if (t.Is("of") || t.Is(',') || t.Is("and"))
            {
                // "the city of X", "the capital, X", "Beijing, Shanghai and X": only after a place or a place noun.
                if (k == sentence.FirstToken || !(PlaceTypes.Contains(tokens[k - 1].Value) || IsPlaceToken(k - 1)))
                    return t.Is("of") && IsInVisitedObject(k, sentence) ? Cue.Weak : Cue.None;
                k--;
                continue;
            }
            if (t.Kind == TokenKind.Possessive || PlaceTypes.Contains(t.Value) || PlaceModifiers.Contains(t.Value) || IsPlaceToken(k)
                || (t.IsCapitalized && Demonyms.TryGetCountry(t.Value, out _)))
            {
                k--;
                continue;
            }
            return Cue.None;
        }
        return Cue.None;
    }

    // "agreed to hold the third round next spring in Xi'an", "will visit Hanoi": the place
    // of an engagement only planned is not where the reported one took place. The nearest event word or
    // holding verb before the cue, within its clause, tells which engagement the place belongs to.
    private bool IsInPlannedClause(int cue, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        for (var j = cue; j >= Math.Max(sentence.FirstToken, cue - PlannedClauseReach); j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation && !tokens[j].Is('-')) return false;
            if (HoldingVerbs.Contains(tokens[j].Value) || EventTriggerLexicon.Default.Match(tokens, j, sentence.EndToken) is not null)
                return EventTriggerLexicon.Default.IsPlanned(tokens, j, sentence.FirstToken);
        }
        return false;
    }

    // "visited Kazan Chamber of Industry", "toured Hefei University of Technology": an institution named
    // after its city, visited in person, is in that city. A country's name in an institution's ("visited China
    // Mobile", "Vietnam National University") does not tell the city, so only places below a country count.
    private bool IsVisitedInstitution(Mention place, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        var before = place.FirstToken - 1;
        if (before < sentence.FirstToken || !VisitVerbs.Contains(tokens[before].Value) || tokens[place.EndToken].Kind == TokenKind.Possessive) return false;
        return Gazetteer.Default.TryFind(WordsOf(place), out var entry) && entry.Kind != PlaceKind.Country;
    }

    // "toured the logistics hub and two bonded zones of Panyu": the place owning what a visit verb's object
    // names is where the visit went. The object runs back to the verb over plain words only: no punctuation,
    // name or title. "visiting" is left out: "the visiting delegation of X" says where the guests came from.
    private bool IsInVisitedObject(int of, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        for (var j = of - 1; j >= Math.Max(sentence.FirstToken, of - MaxPhraseLength); j--)
        {
            if (tokens[j].Kind != TokenKind.Word || IsNamedToken(j)) return false;
            if (VisitedVerbs.Contains(tokens[j].Value)) return true;
        }
        return false;
    }

    private bool IsHostSubject(Mention place, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        var k = place.EndToken;
        if (k < sentence.EndToken && (tokens[k].Is("has") || tokens[k].Is("have"))) k++;
        return k < sentence.EndToken && HostingVerbs.Contains(tokens[k].Value);
    }

    // A plain "in" after a common noun may place something else ("investment in Hainan", "a plant in Bac
    // Giang"); after a verb of holding or arriving, an event word, a name, a time or nothing, it places the event.
    private Cue StrengthOf(int cue, int sentenceStart)
    {
        var tokens = analysis.Tokens;
        if (!tokens[cue].Is("in") || cue == sentenceStart) return Cue.Strong;
        var before = tokens[cue - 1];
        // "Consul General in Guangzhou", "the Ministry of Commerce in Qingdao": the seat of an office, not a location.
        if (before.Kind == TokenKind.Word && IsNamedToken(cue - 1)) return Cue.None;
        if (before.Kind != TokenKind.Word || before.IsCapitalized || StrongBeforeIn.Contains(before.Value)
            || EventTriggerLexicon.Default.Match(tokens, cue - 1, cue) is not null) return Cue.Strong;
        return Cue.Weak;
    }

    private bool IsCue(int k, int sentenceStart)
    {
        var t = analysis.Tokens[k];
        if (t.Kind != TokenKind.Word) return false;
        if (Cues.Contains(t.Value)) return true;
        if (!t.Is("to")) return false;
        // "a visit to", "a delegation of city officials to": a word of travel shortly before, in the same phrase.
        for (var j = k - 1; j >= Math.Max(sentenceStart, k - TravelWordReach); j--)
        {
            if (analysis.Tokens[j].Kind == TokenKind.Punctuation) return false;
            if (TravelWords.Contains(analysis.Tokens[j].Value)) return true;
        }
        return false;
    }
}
