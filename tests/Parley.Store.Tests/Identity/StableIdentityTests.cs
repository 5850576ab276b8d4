namespace Parley.Store.Tests.Identity;

/// <summary>
/// Entity ids are what users write down (P12, O3) and what exports join on, so later ingestion must never
/// renumber them: not when articles are added, not when the same articles are ingested again, and not when
/// an edited article is extracted again and replaces its old rows.
/// </summary>
public sealed class StableIdentityTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void Adding_reingesting_and_reextracting_articles_keeps_every_existing_entity_and_resolution()
    {
        var first = new[]
        {
            new TestArticle("s1", "2022-01-10").Person("Tang Wenyao", "Chairman", "Maple Council").Person("Ruan Jie", "Mayor", "Yichang")
                .Meeting("2022-01-09", "Yichang", "Tang Wenyao", "Ruan Jie"),
            new TestArticle("s2", "2022-02-14").Person("Sun Hao", "Director", "Yichang Port").Person("Pan Wei", "Consul General", "Portugal")
                .Meeting("2022-02-13", "Wuhan", "Sun Hao", "Pan Wei"),
            new TestArticle("s3", "2022-03-01").Person("Qiu Ning", "Chief Executive", "Sunlit Batteries Co., Ltd.")
                .Meeting("2022-02-28", "Shenzhen", "Qiu Ning", "Tang Wenyao"),
        };
        db.Save(first);
        var before = Snapshot.Read(db);
        before.People.ShouldNotBeEmpty();
        before.Organizations.ShouldNotBeEmpty();
        before.Places.ShouldNotBeEmpty();

        // Added later: the same people again, a namesake at another organization, new organizations and places.
        db.Save(
            new TestArticle("s4", "2022-04-05").Person("Ruan Jie", "Mayor", "Yichang").Person("Kong Lei", "Engineer", "Harbin Rail Works")
                .Meeting("2022-04-04", "Harbin", "Ruan Jie", "Kong Lei"),
            new TestArticle("s5", "2022-05-20").Person("Tang Wenyao", "Professor", "Lanzhou University")
                .Meeting("2022-05-19", "Lanzhou", "Tang Wenyao"));
        // Ingested again unchanged: nothing is written.
        foreach (var article in first) db.Store.Save(article.Build()).ShouldBe(SaveOutcome.Unchanged);
        // Edited and extracted again: the article's rows are replaced, its people, organizations and places come back.
        var edited = new TestArticle("s2", "2022-02-15").Person("Sun Hao", "Director", "Yichang Port").Person("Pan Wei", "Consul General", "Portugal")
            .Person("Lu Min", "Secretary", "Yichang Port").Meeting("2022-02-13", "Wuhan", "Sun Hao", "Pan Wei", "Lu Min");
        db.Store.Save(edited.Build()).ShouldBe(SaveOutcome.Replaced);

        var after = Snapshot.Read(db);
        after.People.Take(before.People.Count).ShouldBe(before.People);
        after.Organizations.Take(before.Organizations.Count).ShouldBe(before.Organizations);
        after.Places.Take(before.Places.Count).ShouldBe(before.Places);
        before.Mentions.Except(after.Mentions).ShouldBeEmpty();
        after.People.Count.ShouldBeGreaterThan(before.People.Count);
    }

    /// <summary>
    /// Every entity (id and name) and what each written name of each article resolved to, keyed by the article's
    /// source key and the name as written rather than by row ids, which a replaced article gets anew.
    /// </summary>
    private sealed record Snapshot(List<string> People, List<string> Organizations, List<string> Places, HashSet<string> Mentions)
    {
        public static Snapshot Read(IdentityStore db) => new(
            db.Query<string>("SELECT id || ' ' || name FROM person_entities ORDER BY id"),
            db.Query<string>("SELECT id || ' ' || name FROM organization_entities ORDER BY id"),
            db.Query<string>("SELECT id || ' ' || name FROM place_entities ORDER BY id"),
            db.Query<string>(
                """
                SELECT a.source_key || ' person ' || ap.name || ' -> P' || r.entity_id
                FROM articles a JOIN article_people ap ON ap.article_id = a.id JOIN person_resolutions r ON r.article_person_id = ap.id
                UNION ALL
                SELECT a.source_key || ' organization ' || o.name || ' -> O' || ao.entity_id
                FROM articles a JOIN article_organizations ao ON ao.article_id = a.id JOIN organizations o ON o.id = ao.organization_id
                UNION ALL
                SELECT a.source_key || ' event ' || e.ordinal || ' place -> L' || ep.place_entity_id
                FROM articles a JOIN events e ON e.article_id = a.id JOIN event_places ep ON ep.event_id = e.id
                """).ToHashSet());
    }
}
