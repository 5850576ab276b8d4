using System.Globalization;
using System.Text;
using Parley.Model;

namespace Parley.Bench.Scale;

/// <summary>
/// Invents articles the way trade-promotion news reads: a delegation from one region visits another (or a
/// foreign partner comes to China, or a Chinese delegation goes abroad) and has one to three engagements
/// there, each with local hosts drawn Zipf-like (a few officials in most reports), on dates spread over
/// 2015–2024 with more news in later years.
/// </summary>
internal sealed class ArticlePlanner(SyntheticWorld world, SyntheticNames names, Random random)
{
    private static readonly string[] Types = [EventTypes.Meeting, EventTypes.Visit, EventTypes.Conference, EventTypes.Signing];
    private static readonly WeightedSampler TypeSampler = new([55, 20, 17, 8]);
    private static readonly string[] TopicLabels = [.. Topics.All];
    private static readonly WeightedSampler TopicSampler = new([30, 14, 12, 9, 4, 7, 4, 3, 5, 6, 4, 4, 6, 2]);
    private static readonly WeightedSampler YearSampler = new(Enumerable.Range(0, 10).Select(i => 1 + 0.15 * i).ToArray());

    /// <summary>The next article, with record id <paramref name="id"/> and at most <paramref name="maxEvents"/> events.</summary>
    public SyntheticArticle Next(string id, int maxEvents)
    {
        var abroad = random.NextDouble() < 0.12;
        var host = world.Regions[abroad ? world.Foreign.Next(random) : world.Chinese.Next(random)];
        var guestRegion = abroad || random.NextDouble() < 0.65 ? OtherChinese(host) : world.Regions[world.Foreign.Next(random)];
        var delegation = Draw(guestRegion, 1 + random.Next(3));
        var day = new DateOnly(2015 + YearSampler.Next(random), 1 + random.Next(12), 1).AddDays(random.Next(28));

        var mentions = new List<SyntheticArticle.Mention>();
        var mentionOf = new Dictionary<int, int>();
        // One spelling per person per article; now and then the variant, which has its own name key.
        int Mention(int person)
        {
            if (mentionOf.TryGetValue(person, out var index)) return index;
            var p = world.People[person];
            var org = random.NextDouble() < 0.9 ? world.Organizations[p.Organization] : null;
            mentions.Add(new SyntheticArticle.Mention(p, random.NextDouble() < 0.05 ? p.Variant : p.Name, org, org is null ? null : Written(org)));
            return mentionOf[person] = mentions.Count - 1;
        }

        var events = new List<SyntheticArticle.Engagement>();
        var count = Math.Min(maxEvents, random.NextDouble() switch { < 0.65 => 1, < 0.9 => 2, _ => 3 });
        for (var i = 0; i < count; i++)
        {
            var type = Types[TypeSampler.Next(random)];
            var virtualMode = type == EventTypes.Meeting && random.NextDouble() < 0.12;
            var people = Participants(type, host, delegation);
            var participants = people.Select(Mention).ToList();
            var organizations = people.Select(p => world.People[p].Organization).Distinct().Take(4)
                .Select(o => (world.Organizations[o], Written(world.Organizations[o]))).ToList();
            var topics = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => TopicLabels[TopicSampler.Next(random)]).Distinct().ToList();
            var agreements = type == EventTypes.Signing || random.NextDouble() < 0.05
                ? new List<string> { $"a memorandum of understanding on {names.Phrase(topics[0])}" }
                : [];
            var (start, end) = Dates(day.AddDays(i), type);
            var location = virtualMode ? null : host.Locations[host.LocationSampler.Next(random)];
            events.Add(new SyntheticArticle.Engagement(type, virtualMode ? EventModes.Virtual : EventModes.InPerson, start, end, location,
                participants, organizations, topics, agreements));
        }

        var published = day.AddDays(count + random.Next(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"{events[0].Organizations[0].Written} Meets Delegation from {guestRegion.Root.Name}";
        return new SyntheticArticle(title, published, Text(title, mentions, events), Record(id, title, published, mentions, events), mentions, events);
    }

    private Region OtherChinese(Region host)
    {
        while (true)
        {
            var region = world.Regions[world.Chinese.Next(random)];
            if (region != host) return region;
        }
    }

    /// <summary>Up to <paramref name="count"/> different people of <paramref name="region"/>, the busiest most likely.</summary>
    private List<int> Draw(Region region, int count)
    {
        var drawn = new List<int>();
        for (var tries = 0; drawn.Count < count && tries < count * 4; tries++)
        {
            var person = region.People[region.PeopleSampler!.Next(random)];
            if (!drawn.Contains(person)) drawn.Add(person);
        }
        return drawn;
    }

    private List<int> Participants(string type, Region host, List<int> delegation)
    {
        var people = new List<int>();
        void AddAll(IEnumerable<int> more) { foreach (var p in more) if (!people.Contains(p)) people.Add(p); }
        switch (type)
        {
            case EventTypes.Visit:
                // Half the visits meet no named counterpart.
                if (random.Next(2) == 0) AddAll(Draw(host, 1));
                AddAll(delegation);
                break;
            case EventTypes.Conference:
                AddAll(Draw(host, 1 + random.Next(3)));
                AddAll(delegation);
                AddAll(Draw(world.Regions[world.Chinese.Next(random)], 1 + random.Next(4)));
                if (random.Next(2) == 0) AddAll(Draw(world.Regions[world.Foreign.Next(random)], 1 + random.Next(2)));
                break;
            default:
                AddAll(Draw(host, 1 + random.Next(2)));
                AddAll(delegation.Take(1 + random.Next(delegation.Count)));
                break;
        }
        return people;
    }

    /// <summary>Mostly exact days; some month-precise, a few undated; conferences and visits sometimes last days.</summary>
    private (string? Start, string? End) Dates(DateOnly day, string type)
    {
        var roll = random.NextDouble();
        if (roll < 0.02) return (null, null);
        if (roll < 0.06)
        {
            var month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            return (month, month);
        }
        var last = type is EventTypes.Conference or EventTypes.Visit && random.NextDouble() < 0.25 ? day.AddDays(1 + random.Next(3)) : day;
        return (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private string Written(SyntheticOrganization organization) =>
        organization.Alias is { } alias && random.NextDouble() < 0.15 ? alias : organization.Name;

    private string Text(string title, List<SyntheticArticle.Mention> mentions, List<SyntheticArticle.Engagement> events)
    {
        var text = new StringBuilder(title).Append("\n\n");
        foreach (var e in events)
        {
            var who = e.Participants.Select(i => mentions[i]).ToList();
            var first = who[0];
            text.Append("On ").Append(e.Start ?? "an unstated day").Append(", ").Append(first.Written);
            if (first.OrganizationWritten is { } org) text.Append(", ").Append(first.Person.Title).Append(" of ").Append(org).Append(',');
            text.Append(e.Type switch
            {
                EventTypes.Visit => " led a visit",
                EventTypes.Conference => " addressed a forum",
                EventTypes.Signing => " attended a signing ceremony",
                _ => e.Mode == EventModes.Virtual ? " held a video meeting" : " met",
            });
            if (who.Count > 1) text.Append(" with ").Append(string.Join(", ", who.Skip(1).Select(m => m.Written)));
            if (e.Location is { } place) text.Append(" in ").Append(place.Name);
            text.Append(". The two sides discussed ").Append(string.Join(" and ", e.Topics.Select(names.Phrase))).Append(".\n");
        }
        return text.ToString();
    }

    private static ArticleRecord Record(string id, string title, string published, List<SyntheticArticle.Mention> mentions, List<SyntheticArticle.Engagement> events) => new()
    {
        Id = id,
        Title = title,
        Published = published,
        People = mentions.Select(m => new PersonRecord
        {
            Name = m.Written,
            Positions = m.OrganizationWritten is null ? [] : [new PositionRecord { Title = m.Person.Title, Org = m.OrganizationWritten }],
        }).ToList(),
        Events = events.Select(e => new EventRecord
        {
            Type = e.Type, Mode = e.Mode, Start = e.Start, End = e.End, Location = e.Location?.Name,
            Participants = e.Participants.Select(i => mentions[i].Written).ToList(),
            Organizations = e.Organizations.Select(o => o.Written).ToList(),
            Agreements = e.Agreements, Topics = e.Topics,
        }).ToList(),
    };
}
