using Parley.Lexicons;

namespace Parley.Store.Identity;

/// <summary>
/// The places one article is about, counted over its place mentions, event locations and the places its
/// organizations name, so "the Municipal Party Committee" can be read as the committee of the article's city.
/// </summary>
internal sealed class ArticlePlaceContext
{
    private readonly List<Place> order = [];
    private readonly Dictionary<int, int> counts = [];

    /// <summary>Counts the places of an article; <paramref name="named"/> are places found in its organization names.</summary>
    public ArticlePlaceContext(ArticleFacts facts, IEnumerable<Place> named, Gazetteer gazetteer)
    {
        foreach (var text in facts.PlaceMentions.Concat(facts.Events.Select(e => e.Location)))
            if (text is not null && gazetteer.TryFind(text, out var place)) Add(place);
        foreach (var place in named) Add(place);
    }

    private void Add(Place place)
    {
        if (counts.TryAdd(place.Id, 1)) order.Add(place);
        else counts[place.Id]++;
    }

    /// <summary>
    /// The article's most mentioned place of the given level (first mentioned on a tie), or null. A
    /// province-level body of an article about a city belongs to that city's province.
    /// </summary>
    public Place? For(PlaceKind level, PlaceEntities places) => level switch
    {
        PlaceKind.City => Best(IsCityLike),
        PlaceKind.Province => Best(p => p.Kind == PlaceKind.Province && !IsMunicipality(p))
            ?? (Best(IsCityLike) is { } city && places.RegionOf(city) is { Kind: PlaceKind.Province } province ? province : null),
        PlaceKind.Prefecture => Best(p => p.Kind == PlaceKind.Prefecture),
        PlaceKind.County => Best(p => p.Kind == PlaceKind.County),
        _ => null,
    };

    private Place? Best(Func<Place, bool> fits)
    {
        Place? best = null;
        foreach (var place in order)
            if (fits(place) && (best is null || counts[place.Id] > counts[best.Id])) best = place;
        return best;
    }

    // Beijing, Shanghai, Tianjin and Chongqing are provinces with a "Municipal" government.
    private static bool IsCityLike(Place place) =>
        place.Kind is PlaceKind.City or PlaceKind.Prefecture || IsMunicipality(place);

    private static bool IsMunicipality(Place place) =>
        place.Kind == PlaceKind.Province && place.Aliases.Any(a => a.EndsWith("Municipality", StringComparison.Ordinal));
}
