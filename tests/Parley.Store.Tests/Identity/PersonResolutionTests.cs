using Parley.Model;

namespace Parley.Store.Tests.Identity;

/// <summary>People across articles: one entity when name and context agree, two when the context says two people.</summary>
public sealed class PersonResolutionTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void The_same_name_at_the_same_organization_is_one_person()
    {
        db.Save(
            new TestArticle("a1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council for the Promotion of International Trade").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("a2", "2022-09-15").Person("Tang Wenyao", "Chairman", "Maple Council for the Promotion of International Trade").Meeting("2022-09-14", "Ningbo", "Tang Wenyao"));

        db.Person("a2", "Tang Wenyao").ShouldBe(db.Person("a1", "Tang Wenyao"));
    }

    [Fact]
    public void A_company_head_and_an_official_of_one_name_stay_two_people()
    {
        db.Save(
            new TestArticle("ceo", "2021-05-10").Person("Qiu Ning", "Chief Executive", "Sunlit Batteries Co., Ltd.").Person("Eva Lindqvist", "Director", "Nordic Cells")
                .Meeting("2021-05-08", "Shenzhen", "Qiu Ning", "Eva Lindqvist"),
            new TestArticle("official", "2021-06-20").Person("Qiu Ning", "Vice Governor", "Hubei Provincial People's Government").Person("Ruan Jie", "Mayor", "Yichang")
                .Meeting("2021-06-18", "Wuhan", "Qiu Ning", "Ruan Jie"));

        db.Person("official", "Qiu Ning").ShouldNotBe(db.Person("ceo", "Qiu Ning"));
    }

    [Fact]
    public void Officials_of_one_name_in_two_provinces_at_the_same_time_stay_two_people()
    {
        db.Save(
            new TestArticle("south", "2020-04-02").Person("Fu Lei", "Vice Mayor", "Foshan Municipal Government").Meeting("2020-04-01", "Foshan", "Fu Lei"),
            new TestArticle("north", "2020-07-12").Person("Fu Lei", "Vice Mayor", "Yantai Municipal Government").Meeting("2020-07-11", "Yantai", "Fu Lei"));

        db.Person("north", "Fu Lei").ShouldNotBe(db.Person("south", "Fu Lei"));
    }

    [Fact]
    public void A_title_change_over_the_years_at_the_same_organization_stays_one_person()
    {
        db.Save(
            new TestArticle("early", "2016-02-11").Person("Liu Fang", "Vice President", "Sunlit Batteries Co., Ltd.").Meeting("2016-02-10", "Shenzhen", "Liu Fang"),
            new TestArticle("late", "2023-10-03").Person("Liu Fang", "Chairman", "Sunlit Batteries").Meeting("2023-10-02", "Zhuhai", "Liu Fang"));

        db.Person("late", "Liu Fang").ShouldBe(db.Person("early", "Liu Fang"));
    }

    [Fact]
    public void A_move_to_the_province_of_the_same_city_stays_one_person()
    {
        db.Save(
            new TestArticle("mayor", "2017-05-06").Person("Gao Min", "Mayor", "Chifeng Municipal Government").Meeting("2017-05-05", "Chifeng", "Gao Min"),
            new TestArticle("governor", "2022-11-30").Person("Gao Min", "Governor", "Inner Mongolia Autonomous Region").Meeting("2022-11-29", "Baotou", "Gao Min"));

        db.Person("governor", "Gao Min").ShouldBe(db.Person("mayor", "Gao Min"));
    }

    [Fact]
    public void Name_variants_are_one_person()
    {
        db.Save(
            new TestArticle("v1", "2023-01-05").Person("PENG Rui", "President", "Cedar Chamber of Commerce").Meeting("2023-01-04", "Wuxi", "PENG Rui"),
            new TestArticle("v2", "2023-02-05").Person("Mr. Peng Rui", "President", "Cedar Chamber of Commerce").Meeting("2023-02-04", "Wuxi", "Mr. Peng Rui"),
            new TestArticle("v3", "2023-03-05").Person("Nguyễn Thị Lan", "Chairwoman", "Hanoi Textile Association").Meeting("2023-03-04", "Hanoi", "Nguyễn Thị Lan"),
            new TestArticle("v4", "2023-04-05").Person("Nguyen Thi Lan", "Chairwoman", "Hanoi Textile Association").Meeting("2023-04-04", "Hanoi", "Nguyen Thi Lan"));

        db.Person("v2", "Mr. Peng Rui").ShouldBe(db.Person("v1", "PENG Rui"));
        db.Person("v4", "Nguyen Thi Lan").ShouldBe(db.Person("v3", "Nguyễn Thị Lan"));
    }

    [Fact]
    public void A_chinese_name_in_western_order_joins_when_the_context_agrees()
    {
        db.Save(
            new TestArticle("cn", "2023-05-01").Person("Guo Minghui", "Chairman", "Harbor Trade Council").Meeting("2023-04-30", "Qingdao", "Guo Minghui"),
            new TestArticle("west", "2023-06-01").Person("Minghui Guo", "Chairman", "Harbor Trade Council").Meeting("2023-05-30", "Lisbon", "Minghui Guo"));

        db.Person("west", "Minghui Guo").ShouldBe(db.Person("cn", "Guo Minghui"));
    }

    [Fact]
    public void Shared_co_participants_join_mentions_without_titles()
    {
        db.Save(
            new TestArticle("t1", "2019-03-03").Person("Zhou Bin").Person("Ilse Marten").Meeting("2019-03-02", null, "Zhou Bin", "Ilse Marten"),
            new TestArticle("t2", "2019-08-08").Person("Zhou Bin").Person("Ilse Marten").Meeting("2019-08-07", null, "Zhou Bin", "Ilse Marten"));

        db.Person("t2", "Zhou Bin").ShouldBe(db.Person("t1", "Zhou Bin"));
    }

    [Fact]
    public void A_mention_without_context_joins_the_person_of_that_name_mentioned_most()
    {
        db.Save(
            new TestArticle("c1", "2021-05-10").Person("Qiu Ning", "Chief Executive", "Sunlit Batteries Co., Ltd.").Meeting("2021-05-09", "Shenzhen", "Qiu Ning"),
            new TestArticle("c2", "2021-05-20").Person("Qiu Ning", "Chief Executive", "Sunlit Batteries Co., Ltd.").Meeting("2021-05-19", "Shenzhen", "Qiu Ning"),
            new TestArticle("g1", "2021-06-20").Person("Qiu Ning", "Vice Governor", "Hubei Provincial People's Government").Meeting("2021-06-18", "Wuhan", "Qiu Ning"),
            new TestArticle("bare", null).Person("Qiu Ning"));

        db.Person("bare", "Qiu Ning").ShouldBe(db.Person("c1", "Qiu Ning"));
    }

    [Fact]
    public void Every_stored_person_has_exactly_one_resolution_and_existing_ids_never_change()
    {
        db.Save(new TestArticle("n1", "2022-01-01").Person("Tang Wenyao", "Chairman", "Maple Council").Person("Ruan Jie", "Mayor", "Yichang").Meeting("2022-01-01", "Yichang", "Tang Wenyao", "Ruan Jie"));
        var before = db.Query<(long, long)>("SELECT article_person_id, entity_id FROM person_resolutions ORDER BY 1");

        db.Save(new TestArticle("n2", "2022-02-01").Person("Ruan Jie", "Mayor", "Yichang").Person("Sun Hao", "Director", "Yichang Port").Meeting("2022-02-01", "Yichang", "Ruan Jie", "Sun Hao"));

        db.Query<(long, long)>("SELECT article_person_id, entity_id FROM person_resolutions ORDER BY 1").Take(before.Count).ShouldBe(before);
        db.Scalar<long>("SELECT count(*) FROM article_people ap WHERE NOT EXISTS (SELECT 1 FROM person_resolutions r WHERE r.article_person_id = ap.id)").ShouldBe(0);
        db.Scalar<long>("SELECT count(*) FROM person_resolutions").ShouldBe(db.Scalar<long>("SELECT count(*) FROM article_people"));
        db.Scalar<long>("SELECT count(*) FROM person_entities").ShouldBe(3);
    }

    [Fact]
    public void Replacing_an_article_keeps_the_entities_of_its_unchanged_people()
    {
        // Ruan Jie's only mention is in the replaced article: the entity must come back, not be created anew.
        var original = new TestArticle("r1", "2022-01-01").Person("Ruan Jie", "Mayor", "Yichang").Person("Sun Hao", "Director", "Yichang Port")
            .Meeting("2022-01-01", "Yichang", "Ruan Jie", "Sun Hao");
        db.Save(original, new TestArticle("other", "2022-03-01").Person("Pan Wei", "Consul General", "Portugal").Meeting("2022-03-01", "Lisbon", "Pan Wei"));
        var ruan = db.Person("r1", "Ruan Jie");
        var sun = db.Person("r1", "Sun Hao");

        var edited = new TestArticle("r1", "2022-01-02").Person("Ruan Jie", "Mayor", "Yichang").Person("Sun Hao", "Director", "Yichang Port").Person("Kong Lei", "Engineer", "Yichang Port")
            .Meeting("2022-01-01", "Yichang", "Ruan Jie", "Sun Hao", "Kong Lei");
        db.Store.Save(edited.Build()).ShouldBe(SaveOutcome.Replaced);

        db.Person("r1", "Ruan Jie").ShouldBe(ruan);
        db.Person("r1", "Sun Hao").ShouldBe(sun);
        db.Person("r1", "Kong Lei").ShouldBeGreaterThan(Math.Max(ruan, sun));
    }

    [Fact]
    public void Each_decision_is_recorded_with_its_basis()
    {
        db.Save(
            new TestArticle("d1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("d2", "2022-09-15").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-09-14", "Hangzhou", "Tang Wenyao"));

        var bases = db.Query<string>("SELECT basis FROM person_mentions ORDER BY article_person_id");

        bases[0].ShouldBe("new: no earlier person of this name");
        bases[1].ShouldStartWith($"matched P{db.Person("d1", "Tang Wenyao")} (score ");
    }

    [Fact]
    public void A_participant_missing_from_the_people_list_is_resolved_too()
    {
        var record = new TestArticle("m1", "2022-01-01").Meeting("2022-01-01", "Hangzhou", "Tang Wenyao");

        db.Save(record);

        db.Scalar<long>("SELECT count(*) FROM person_resolutions").ShouldBe(1);
        db.Scalar<string>("SELECT name FROM person_entities").ShouldBe("Tang Wenyao");
    }
}
