using Parley.Model;

namespace Parley.Store.Tests.Identity;

/// <summary>
/// Builds an invented article record for identity tests: people with titles, events, aliases. The stored
/// text is the record itself, so every distinct article has distinct content.
/// </summary>
internal sealed class TestArticle(string id, string? published)
{
    private readonly List<PersonRecord> people = [];
    private readonly List<EventRecord> events = [];
    private readonly List<IReadOnlyList<string>> aliases = [];

    /// <summary>The source key the article is stored under.</summary>
    public string SourceKey { get; init; } = $"in/{id}.txt";

    /// <summary>Adds a person with zero or more (title, organization) pairs.</summary>
    public TestArticle Person(string name, params (string Title, string? Org)[] positions)
    {
        people.Add(new PersonRecord
        {
            Name = name,
            Positions = positions.Select(p => new PositionRecord { Title = p.Title, Org = p.Org }).ToList(),
        });
        return this;
    }

    /// <summary>Adds a person with one title at one organization.</summary>
    public TestArticle Person(string name, string title, string? org) => Person(name, (title, org));

    /// <summary>Adds an event of <paramref name="type"/> on <paramref name="date"/> at <paramref name="location"/>.</summary>
    public TestArticle Event(string type, string? date, string? location, params string[] participants)
    {
        events.Add(new EventRecord { Type = type, Start = date, End = date, Location = location, Participants = participants });
        return this;
    }

    /// <summary>Adds a meeting.</summary>
    public TestArticle Meeting(string? date, string? location, params string[] participants) => Event(EventTypes.Meeting, date, location, participants);

    /// <summary>Adds an alias group ("Full Name (ACRONYM)").</summary>
    public TestArticle Alias(params string[] names)
    {
        aliases.Add(names);
        return this;
    }

    /// <summary>The record as built so far.</summary>
    public ArticleRecord Record => new() { Id = id, Title = $"Article {id}", Published = published, People = people.ToList(), Events = events.ToList(), Aliases = aliases.ToList() };

    /// <summary>The article to save.</summary>
    public ArticleToStore Build()
    {
        var record = Record;
        var text = RecordJson.Serialize(record, indented: false);
        return new ArticleToStore
        {
            SourceKey = SourceKey, Origin = SourceKey, Id = id, Title = record.Title, Published = published,
            RawText = text, CleanedText = text, ContentHash = ContentHash.Of(text), Record = record,
        };
    }
}
