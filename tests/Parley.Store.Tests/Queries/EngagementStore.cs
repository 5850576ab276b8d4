using Dapper;
using Parley.Model;

namespace Parley.Store.Tests.Queries;

/// <summary>
/// A small invented knowledge base for the query tests: four articles, six events in real gazetteer places
/// (Nanjing and Wuxi in Jiangsu, Wuhan in Hubei, Paris), one person under two spellings, an undated event,
/// a month-precise one and a virtual one.
/// </summary>
internal sealed class EngagementStore : IDisposable
{
    private readonly TempDatabase db = new();

    public EngagementStore()
    {
        Store = db.Open();
        Save("a1", "Chen Bo met Ana Lima in Nanjing about trade.", new ArticleRecord
        {
            Id = "a1",
            People =
            [
                Person("Chen Bo", "Chairman", "Shanghai Harbor Council"),
                Person("Ana Lima", "Mayor", "Nanjing Municipal Government"),
            ],
            Events = [Event(EventTypes.Meeting, "2023-05-17", "2023-05-17", "Nanjing", ["Chen Bo", "Ana Lima"], ["Shanghai Harbor Council"], ["trade"])],
        });
        Save("a2", "CHEN-BO toured the port of Wuhan with Zoe Park.", new ArticleRecord
        {
            Id = "a2",
            People = [new PersonRecord { Name = "CHEN-BO" }, Person("Zoe Park", "Director", "Wuhan Port Authority")],
            Events = [Event(EventTypes.Visit, "2023-06", "2023-06", "Wuhan", ["CHEN-BO", "Zoe Park"], ["Shanghai Harbor Council"], ["infrastructure"])],
        });
        Save("a3", "A cold chain forum in Wuxi, then a video call.", new ArticleRecord
        {
            Id = "a3",
            People = [new PersonRecord { Name = "Ana Lima" }, new PersonRecord { Name = "Zoe Park" }, new PersonRecord { Name = "Chen Bo" }],
            Events =
            [
                Event(EventTypes.Conference, "2024-01-10", "2024-01-12", "Wuxi", ["Ana Lima", "Zoe Park", "Chen Bo"], [], ["trade", "technology"]),
                Event(EventTypes.Meeting, "2024-02-01", "2024-02-01", null, ["Ana Lima", "Zoe Park"], [], ["trade"]) with { Mode = EventModes.Virtual },
            ],
        });
        Save("a4", "An agreement was signed in Paris.", new ArticleRecord
        {
            Id = "a4",
            People = [new PersonRecord { Name = "Chen Bo" }, new PersonRecord { Name = "Luc Martin" }],
            Events =
            [
                Event(EventTypes.Signing, null, null, "Paris", ["Chen Bo", "Luc Martin"], ["Shanghai Harbor Council"], []) with
                {
                    Agreements = ["a memorandum on river freight"],
                },
            ],
        });
    }

    public SqliteKnowledgeStore Store { get; }

    /// <summary>Marks an article as a near-duplicate of the first stored article.</summary>
    public void MarkNearDuplicate(string articleId)
    {
        using var raw = db.Raw();
        raw.Execute(
            "INSERT INTO near_duplicates (article_id, original_id, similarity) SELECT id, (SELECT min(id) FROM articles), 0.97 FROM articles WHERE record_id = @Id",
            new { Id = articleId });
    }

    public void Dispose()
    {
        Store.Dispose();
        db.Dispose();
    }

    private void Save(string id, string text, ArticleRecord record) =>
        Store.Save(Samples.Article($"in/{id}.txt", text, record with { Title = text })).ShouldBe(SaveOutcome.Inserted);

    private static PersonRecord Person(string name, string title, string org) =>
        new() { Name = name, Positions = [new PositionRecord { Title = title, Org = org }] };

    private static EventRecord Event(string type, string? start, string? end, string? location, string[] participants, string[] organizations, string[] topics) =>
        new() { Type = type, Start = start, End = end, Location = location, Participants = participants, Organizations = organizations, Topics = topics };
}
