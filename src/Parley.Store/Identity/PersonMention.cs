using System.Globalization;
using Parley.Lexicons;
using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>One article-level person with the context its article gives: name keys, date and features.</summary>
/// <param name="ArticlePersonId">The <c>article_people</c> row.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Keys">The name's keys.</param>
/// <param name="Seen">When the article places the person: its publication date, else the first date of the person's events (see <see cref="MentionDate"/>).</param>
/// <param name="Features">Distinct (kind, value) pairs, see <see cref="FeatureKinds"/>.</param>
internal sealed record PersonMention(long ArticlePersonId, string Name, PersonNameKey Keys, string? Seen, IReadOnlyList<(string Kind, string Value)> Features)
{
    /// <summary>The mention as a context of its own, for scoring against an entity.</summary>
    public PersonContext ToContext() => new(
        new HashSet<string>([Keys.LookupKey], StringComparer.Ordinal),
        new HashSet<string>([Keys.OrderedKey], StringComparer.Ordinal),
        Keys.IsShortChineseName,
        Mentions: 1,
        DateSpan.Of(Seen),
        Features.Select(f => new ContextFeature(f.Kind, f.Value, 1, DateSpan.Of(Seen))).ToList());

    /// <summary>Every person of the article with its context.</summary>
    /// <param name="facts">The article.</param>
    /// <param name="organizations">Its organization names, resolved.</param>
    /// <param name="eventPlaces">Where its located events took place, by event id.</param>
    /// <param name="places">Place entities, for ids and regions.</param>
    public static IReadOnlyList<PersonMention> Of(
        ArticleFacts facts, IReadOnlyDictionary<long, ResolvedOrganization> organizations,
        IReadOnlyDictionary<long, Place> eventPlaces, PlaceEntities places)
    {
        var keys = facts.People.ToDictionary(p => p.Id, p => PersonNameKey.Of(p.Name));
        var positions = facts.Positions.ToLookup(p => p.ArticlePersonId);
        var eventsOf = facts.Participants.ToLookup(p => p.ArticlePersonId, p => p.EventId);
        var participantsOf = facts.Participants.ToLookup(p => p.EventId, p => p.ArticlePersonId);
        var starts = facts.Events.ToDictionary(e => e.Id, e => e.Start);

        return facts.People.Select(person =>
        {
            var features = new List<(string, string)>();
            void AddPlace(Place place)
            {
                var region = places.RegionOf(place);
                features.Add((FeatureKinds.Region, Id(places.EntityOf(region))));
                if (region.Id != place.Id) features.Add((FeatureKinds.Place, Id(places.EntityOf(place))));
            }

            foreach (var position in positions[person.Id])
            {
                var organization = position.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : null;
                features.Add((FeatureKinds.Title, NameKey.Of(position.Title)));
                if (organization is not null)
                {
                    features.Add((FeatureKinds.Organization, Id(organization.EntityId)));
                    if (organization.Acronym is { } acronym) features.Add((FeatureKinds.Acronym, acronym));
                    if (organization.Initials is { } initials) features.Add((FeatureKinds.Initials, initials));
                    if (organization.Place is { } place) AddPlace(place);
                }
                if (Sector.Of(position.Title, position.Org) is { } sector) features.Add((FeatureKinds.Sector, sector));
            }
            foreach (var eventId in eventsOf[person.Id])
            {
                if (eventPlaces.TryGetValue(eventId, out var place)) features.Add((FeatureKinds.Visit, Id(places.EntityOf(place))));
                foreach (var peer in participantsOf[eventId])
                    if (peer != person.Id) features.Add((FeatureKinds.Peer, keys[peer].LookupKey));
            }
            var seen = facts.Published ?? eventsOf[person.Id].Select(e => starts[e]).OfType<string>().Min(StringComparer.Ordinal);
            return new PersonMention(person.Id, person.Name, keys[person.Id], seen, features.Distinct().ToList());
        }).ToList();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
