namespace Parley.Store.Tests.Identity;

/// <summary>Organizations across articles: aliases, acronyms, legal forms, and names that need their article's place.</summary>
public sealed class OrganizationResolutionTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    private const string Council = "Maple Council for the Promotion of International Trade Lakeside Sub-council";

    [Fact]
    public void An_alias_defined_in_one_article_holds_in_every_article()
    {
        db.Save(
            new TestArticle("defines", "2024-04-07").Person("Tang Wenyao", "Chairman", "MCPIT Lakeside").Alias("MCPIT Lakeside", Council),
            new TestArticle("uses", "2024-05-07").Person("Ruan Jie", "Vice Chairman", "MCPIT Lakeside"),
            new TestArticle("full", "2024-06-07").Person("Sun Hao", "Secretary-General", Council));

        var entity = db.Organization("defines", "MCPIT Lakeside");
        db.Organization("defines", Council).ShouldBe(entity);
        db.Organization("uses", "MCPIT Lakeside").ShouldBe(entity);
        db.Organization("full", Council).ShouldBe(entity);
        db.Scalar<string>("SELECT name FROM organization_entities WHERE id = @Id", new { Id = entity }).ShouldBe(Council);
    }

    [Fact]
    public void An_alias_learned_later_merges_two_entities_and_the_old_id_points_to_the_kept_one()
    {
        db.Save(
            new TestArticle("short", "2024-01-01").Person("Ruan Jie", "Vice Chairman", "MCPIT Lakeside"),
            new TestArticle("long", "2024-02-01").Person("Sun Hao", "Secretary-General", Council));
        var first = db.Organization("short", "MCPIT Lakeside");
        var second = db.Organization("long", Council);
        first.ShouldNotBe(second);

        db.Save(new TestArticle("both", "2024-03-01").Person("Tang Wenyao", "Chairman", Council).Alias(Council, "MCPIT Lakeside"));

        db.Organization("long", Council).ShouldBe(first);
        db.Organization("both", Council).ShouldBe(first);
        db.Scalar<long>("SELECT merged_into FROM organization_entities WHERE id = @Id", new { Id = second }).ShouldBe(first);
        db.Scalar<long>("SELECT count(*) FROM organization_resolutions WHERE entity_id = @Id", new { Id = second }).ShouldBe(0);
    }

    [Fact]
    public void A_bare_acronym_finds_the_one_long_name_with_those_initials()
    {
        db.Save(
            new TestArticle("long", "2024-01-01").Person("Tang Wenyao", "Chairman", "Maple Council for the Promotion of International Trade"),
            new TestArticle("acronym", "2024-02-01").Person("Ruan Jie", "Vice Chairman", "MCPIT"));

        db.Organization("acronym", "MCPIT").ShouldBe(db.Organization("long", "Maple Council for the Promotion of International Trade"));
    }

    [Fact]
    public void Company_names_with_and_without_legal_form_are_one_organization()
    {
        db.Save(
            new TestArticle("a", "2024-01-01").Person("Liu Fang", "Chairman", "Sunlit Batteries Co., Ltd."),
            new TestArticle("b", "2024-02-01").Person("Zhou Bin", "General Manager", "Sunlit Batteries"));

        db.Organization("b", "Sunlit Batteries").ShouldBe(db.Organization("a", "Sunlit Batteries Co., Ltd."));
    }

    [Fact]
    public void The_municipal_party_committee_is_the_one_of_the_city_in_context()
    {
        db.Save(
            new TestArticle("chifeng", "2024-01-01").Person("Gao Min", "Secretary", "the Municipal Party Committee").Meeting("2024-01-01", "Chifeng", "Gao Min"),
            new TestArticle("named", "2024-02-01").Person("Ruan Jie", "Deputy Secretary", "CPC Chifeng Committee"),
            new TestArticle("baotou", "2024-03-01").Person("Sun Hao", "Secretary", "the Municipal Party Committee").Meeting("2024-03-01", "Baotou", "Sun Hao"),
            new TestArticle("nowhere", "2024-04-01").Person("Kong Lei", "Secretary", "the Municipal Party Committee"));

        var chifeng = db.Organization("chifeng", "the Municipal Party Committee");
        db.Organization("named", "CPC Chifeng Committee").ShouldBe(chifeng);
        db.Organization("baotou", "the Municipal Party Committee").ShouldNotBe(chifeng);
        db.Organization("nowhere", "the Municipal Party Committee").ShouldNotBe(chifeng);
        db.Scalar<string>("SELECT p.name FROM organization_entities o JOIN place_entities p ON p.id = o.place_entity_id WHERE o.id = @Id", new { Id = chifeng })
            .ShouldBe("Chifeng");
        // The name on its own, outside any article, is the generic body of no particular city.
        db.Scalar<long>(
            "SELECT r.entity_id FROM organizations o JOIN organization_resolutions r ON r.organization_id = o.id WHERE o.key = 'municipal party committee'")
            .ShouldNotBe(chifeng);
    }

    [Fact]
    public void Every_organization_name_has_exactly_one_resolution()
    {
        db.Save(
            new TestArticle("a", "2024-01-01").Person("Liu Fang", "Chairman", "Sunlit Batteries Co., Ltd.").Alias("SBC", "Sunlit Batteries Co., Ltd.")
                .Person("Gao Min", "Mayor", "the Municipal Government").Meeting("2024-01-01", "Foshan", "Liu Fang", "Gao Min"));

        db.Scalar<long>("SELECT count(*) FROM organizations o WHERE (SELECT count(*) FROM organization_resolutions r WHERE r.organization_id = o.id) <> 1").ShouldBe(0);
        db.Scalar<long>("SELECT count(*) FROM organizations").ShouldBe(3);
    }
}
