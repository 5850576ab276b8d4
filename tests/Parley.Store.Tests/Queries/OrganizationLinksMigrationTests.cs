using Parley.Model;
using Parley.Store.Queries;
using Parley.Store.Schema;

namespace Parley.Store.Tests.Queries;

/// <summary>A store written before the query migration gets its organization links filled in when upgraded.</summary>
public sealed class OrganizationLinksMigrationTests
{
    [Fact]
    public void Upgrade_LinksEventsToTheOrganizationsTheyNameAndTheirParticipantsWorkFor()
    {
        using var db = new TempDatabase();
        // The steps before the query migration only: a later step must not run on a store that lacks its tables.
        var queries = EmbeddedMigrations.All.Single(m => m.Name.Contains("query_indexes", StringComparison.Ordinal)).Version;
        var beforeQueries = EmbeddedMigrations.All.Where(m => m.Version < queries).ToList();
        using (var old = new SqliteKnowledgeStore(db.FilePath, beforeQueries, TimeProvider.System))
            old.Save(Samples.Article("in/a1.txt", "Ana Lima met Chen Bo.", new ArticleRecord
            {
                Id = "a1",
                People =
                [
                    new PersonRecord { Name = "Ana Lima", Positions = [new PositionRecord { Title = "Mayor", Org = "Lakeside Town Hall" }] },
                    new PersonRecord { Name = "Chen Bo" },
                ],
                Events = [new EventRecord { Type = EventTypes.Meeting, Participants = ["Ana Lima", "Chen Bo"], Organizations = ["Harbor Trade Council"] }],
            }));

        using var upgraded = db.Open();

        upgraded.SchemaVersion.ShouldBe(EmbeddedMigrations.LatestVersion);
        var query = new EventQuery(upgraded);
        query.Run(new EventFilter { Organization = "Lakeside Town Hall" }, 10).Total.ShouldBe(1);
        query.Run(new EventFilter { Organization = "Harbor Trade Council" }, 10).Total.ShouldBe(1);
        new NetworkQuery(upgraded).Run(EventFilter.All, NetworkLevel.Organization).EdgeCount.ShouldBe(1);
    }
}
