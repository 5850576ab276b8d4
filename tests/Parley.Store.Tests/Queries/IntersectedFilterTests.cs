using Parley.Model;
using Parley.Store.Queries;

namespace Parley.Store.Tests.Queries;

/// <summary>
/// Filters with two or more indexed criteria on a store large enough that the plan intersects their index
/// ranges (at least <see cref="EventPlan.IntersectionFloor"/> candidates) instead of checking one by one:
/// the answers must be exactly the events every criterion lets through.
/// </summary>
public sealed class IntersectedFilterTests : IDisposable
{
    private const int Articles = 80;
    private const int EventsPerArticle = 40;

    private readonly TempDatabase db = new();
    private readonly SqliteKnowledgeStore store;

    public IntersectedFilterTests()
    {
        store = db.Open();
        // Events alternate between Nanjing (Jiangsu) and Wuhan (Hubei); every third is about energy, every
        // fifth a signing, and Chen Bo takes part in every other one.
        for (var a = 0; a < Articles; a++)
        {
            var events = Enumerable.Range(0, EventsPerArticle).Select(i => a * EventsPerArticle + i).Select(n => new EventRecord
            {
                Type = n % 5 == 0 ? EventTypes.Signing : EventTypes.Meeting,
                Start = $"2023-{1 + n % 12:D2}-{1 + n % 28:D2}",
                Location = n % 2 == 0 ? "Nanjing" : "Wuhan",
                Participants = n % 4 < 2 ? ["Chen Bo", "Ana Lima"] : ["Ana Lima"],
                Topics = n % 3 == 0 ? ["energy"] : ["trade"],
            }).ToList();
            var record = new ArticleRecord
            {
                Id = $"bulk{a}",
                Title = $"Bulk article {a}",
                People = [new PersonRecord { Name = "Chen Bo" }, new PersonRecord { Name = "Ana Lima" }],
                Events = events,
            };
            store.Save(Samples.Article($"in/bulk{a}.txt", $"Bulk article {a}: many meetings.", record)).ShouldBe(SaveOutcome.Inserted);
        }
    }

    public void Dispose()
    {
        store.Dispose();
        db.Dispose();
    }

    [Fact]
    public void Place_and_topic_find_exactly_the_events_with_both()
    {
        var page = new EventQuery(store).Run(new EventFilter { Place = "Jiangsu", Topic = "energy" }, 0);

        page.Total.ShouldBe(Expected(n => n % 2 == 0 && n % 3 == 0));
        page.Events.ShouldAllBe(e => e.Place == "Nanjing" && e.Topics.Contains("energy"));
    }

    [Fact]
    public void Place_person_topic_and_type_find_exactly_the_events_with_all()
    {
        var page = new EventQuery(store).Run(new EventFilter { Place = "Jiangsu", Person = "Chen Bo", Topic = "energy", Type = EventTypes.Signing }, 0);

        page.Total.ShouldBe(Expected(n => n % 2 == 0 && n % 4 < 2 && n % 3 == 0 && n % 5 == 0));
        page.Events.ShouldAllBe(e => e.Type == EventTypes.Signing && e.Participants.Any(p => p.Name == "Chen Bo"));
    }

    [Fact]
    public void The_network_of_an_intersected_filter_counts_the_same_events()
    {
        var network = new NetworkQuery(store).Run(new EventFilter { Place = "Jiangsu", Topic = "energy" }, NetworkLevel.Person);

        network.Events.ShouldBe(Expected(n => n % 2 == 0 && n % 3 == 0));
    }

    private static int Expected(Func<int, bool> matches) => Enumerable.Range(0, Articles * EventsPerArticle).Count(matches);
}
