using Parley.Store.Identity;

namespace Parley.Store.Tests.Identity;

/// <summary>Profiles of people and title holders of organizations, built from resolved entities.</summary>
public sealed class ProfileQueryTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    private const string Council = "Maple Council for the Promotion of International Trade";

    private void SaveCareer() => db.Save(
        new TestArticle("y2018", "2018-05-03").Person("Tang Wenyao", "Vice Chairman", Council).Person("Ruan Jie", "Chairman", Council)
            .Meeting("2018-05-02", "Hangzhou", "Tang Wenyao", "Ruan Jie"),
        new TestArticle("y2019", "2019-09-10").Person("TANG Wenyao", "Vice Chairman", "MCPIT").Person("Ilse Marten", "Consul General", "Germany")
            .Meeting("2019-09-09", "Hangzhou", "TANG Wenyao", "Ilse Marten"),
        new TestArticle("y2021", "2021-03-01").Person("Tang Wenyao", "Chairman", Council).Person("Ilse Marten", "Consul General", "Germany")
            .Meeting("2021-02-27", "Ningbo", "Tang Wenyao", "Ilse Marten"),
        new TestArticle("y2023", "2023-11-20").Person("Tang Wenyao", "Chairman", Council).Person("Kong Lei", "Vice Chairman", Council)
            .Meeting("2023-11-19", "Hangzhou", "Tang Wenyao", "Kong Lei"));

    [Fact]
    public void A_profile_shows_positions_as_intervals_events_counterparts_organizations_and_sources()
    {
        SaveCareer();
        var tang = PersonDirectory.Find(db.Store, "tang wenyao").Matches.ShouldHaveSingleItem();

        var profile = PersonProfiles.Read(db.Store, tang);

        profile.Person.Mentions.ShouldBe(4);
        profile.WrittenAs.ShouldBe(["Tang Wenyao", "TANG Wenyao"]);
        profile.Positions.Select(p => (p.Title, p.Organization, p.FirstSeen, p.LastSeen)).ShouldBe([
            ("Vice Chairman", Council, "2018-05-03", "2019-09-10"),
            ("Chairman", Council, "2021-03-01", "2023-11-20"),
        ]);
        profile.Positions[0].Sources.ShouldBe(["y2018", "y2019"]);
        profile.EventCount.ShouldBe(4);
        profile.Events.Select(e => e.Start).ShouldBe(["2023-11-19", "2021-02-27", "2019-09-09", "2018-05-02"]);
        profile.Events[0].With.ShouldBe(["Kong Lei"]);
        profile.Counterparts.First().ShouldSatisfyAllConditions(c => c.Name.ShouldBe("Ilse Marten"), c => c.Events.ShouldBe(2));
        profile.Organizations.ShouldHaveSingleItem().ShouldSatisfyAllConditions(o => o.Name.ShouldBe(Council), o => o.Mentions.ShouldBe(4));
        profile.SourceCount.ShouldBe(4);
        profile.Sources.Select(s => s.Id).ShouldBe(["y2023", "y2021", "y2019", "y2018"]);
    }

    [Fact]
    public void Events_of_a_near_duplicate_article_count_once_while_the_copy_stays_a_source()
    {
        SaveCareer();
        db.Save(new TestArticle("y2023-copy", "2023-11-21").Person("Tang Wenyao", "Chairman", Council).Person("Kong Lei", "Vice Chairman", Council)
            .Meeting("2023-11-19", "Hangzhou", "Tang Wenyao", "Kong Lei"));
        // Stored, and linked to its original by near-duplicate detection.
        db.Scalar<long>("SELECT count(*) FROM near_duplicates n JOIN articles c ON c.id = n.article_id JOIN articles o ON o.id = n.original_id " +
                        "WHERE c.record_id = 'y2023-copy' AND o.record_id = 'y2023'").ShouldBe(1);
        var tang = PersonDirectory.Find(db.Store, "Tang Wenyao").Matches.Single();

        var profile = PersonProfiles.Read(db.Store, tang);

        profile.EventCount.ShouldBe(4);
        profile.Events.Select(e => e.Source).ShouldNotContain("y2023-copy");
        profile.Counterparts.Single(c => c.Name == "Kong Lei").Events.ShouldBe(1);
        profile.SourceCount.ShouldBe(5);
    }

    [Fact]
    public void A_limit_shortens_the_lists_but_not_the_totals()
    {
        SaveCareer();
        var tang = PersonDirectory.Find(db.Store, "Tang Wenyao").Matches.Single();

        var profile = PersonProfiles.Read(db.Store, tang, limit: 1);

        profile.Events.Count.ShouldBe(1);
        profile.EventCount.ShouldBe(4);
        profile.Sources.Count.ShouldBe(1);
        profile.SourceCount.ShouldBe(4);
    }

    [Fact]
    public void Holders_at_a_date_are_those_seen_around_it_or_last_seen_before_it_and_not_replaced()
    {
        SaveCareer();
        var council = OrganizationDirectory.Find(db.Store, "MCPIT").Matches.ShouldHaveSingleItem();

        var in2020 = OrganizationHolders.Read(db.Store, council.Id, "2020-06-01");
        var in2022 = OrganizationHolders.Read(db.Store, council.Id, "2022-01-01");
        var all = OrganizationHolders.Read(db.Store, council.Id);

        // 2020: Ruan Jie, last seen as Chairman in 2018, is not replaced until Tang Wenyao in 2021.
        in2020.Select(h => (h.Title, h.Person, h.SeenAround)).ShouldBe([("Chairman", "Ruan Jie", false), ("Vice Chairman", "Tang Wenyao", false)]);
        in2022.Select(h => (h.Title, h.Person, h.SeenAround)).ShouldBe([("Chairman", "Tang Wenyao", true)]);
        all.Count.ShouldBe(4);
    }

    [Fact]
    public void A_name_shared_by_two_people_finds_both()
    {
        db.Save(
            new TestArticle("ceo", "2021-05-10").Person("Qiu Ning", "Chief Executive", "Sunlit Batteries Co., Ltd.").Meeting("2021-05-08", "Shenzhen", "Qiu Ning"),
            new TestArticle("official", "2021-06-20").Person("Qiu Ning", "Vice Governor", "Hubei Provincial People's Government").Meeting("2021-06-18", "Wuhan", "Qiu Ning"));

        var found = PersonDirectory.Find(db.Store, "QIU Ning").Matches;

        found.Count.ShouldBe(2);
        found.Select(c => c.KnownAs).ShouldBe(["Chief Executive, Sunlit Batteries Co., Ltd.", "Vice Governor, Hubei Provincial People's Government"], ignoreOrder: true);
        PersonDirectory.Find(db.Store, $"P{found[0].Id}").Matches.ShouldHaveSingleItem().Id.ShouldBe(found[0].Id);
        PersonDirectory.Find(db.Store, "Nobody Here").Matches.ShouldBeEmpty();
    }

    [Fact]
    public void An_id_merged_away_leads_to_the_kept_person()
    {
        db.Save(
            new TestArticle("south", "2020-04-02").Person("Fu Lei", "Vice Mayor", "Foshan Municipal Government").Meeting("2020-04-01", "Foshan", "Fu Lei"),
            new TestArticle("north", "2020-04-12").Person("Fu Lei", "Vice Mayor", "Yantai Municipal Government").Meeting("2020-04-11", "Yantai", "Fu Lei"));
        var south = db.Person("south", "Fu Lei");
        var north = db.Person("north", "Fu Lei");
        PersonCorrections.Merge(db.Store, south, north);

        var lookup = PersonDirectory.Find(db.Store, $"P{north}");

        lookup.Matches.ShouldHaveSingleItem().Id.ShouldBe(south);
        lookup.Note.ShouldBe($"P{north} was merged into P{south}.");
    }
}
