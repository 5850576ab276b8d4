using Parley.Store.Identity;

namespace Parley.Store.Tests.Identity;

/// <summary>User merges and splits: applied at once, explained, and applied again after re-ingestion and re-extraction.</summary>
public sealed class CorrectionTests : IDisposable
{
    private readonly IdentityStore db = new();

    public void Dispose() => db.Dispose();

    // Two mentions the resolver keeps apart: one name, two provinces, the same month.
    private static TestArticle South(string published = "2020-04-02") =>
        new TestArticle("south", published).Person("Fu Lei", "Vice Mayor", "Foshan Municipal Government").Meeting("2020-04-01", "Foshan", "Fu Lei");

    private static TestArticle North(string published = "2020-04-12") =>
        new TestArticle("north", published).Person("Fu Lei", "Vice Mayor", "Yantai Municipal Government").Meeting("2020-04-11", "Yantai", "Fu Lei");

    [Fact]
    public void A_merge_makes_one_person_and_survives_re_ingesting_both_articles()
    {
        db.Save(South(), North());
        var south = db.Person("south", "Fu Lei");
        var north = db.Person("north", "Fu Lei");
        south.ShouldNotBe(north);

        var outcome = PersonCorrections.Merge(db.Store, south, north);

        outcome.Applied.ShouldBeTrue();
        db.Person("north", "Fu Lei").ShouldBe(south);
        db.Scalar<long>("SELECT merged_into FROM person_entities WHERE id = @Id", new { Id = north }).ShouldBe(south);

        // Edited versions of both articles (re-ingestion), in the order that makes the resolver decide afresh.
        db.Save(North("2020-04-13"), South("2020-04-03"));

        db.Person("north", "Fu Lei").ShouldBe(db.Person("south", "Fu Lei"));
        db.Person("south", "Fu Lei").ShouldBe(south);
    }

    [Fact]
    public void A_split_by_source_survives_re_extraction_with_a_different_record()
    {
        db.Save(
            new TestArticle("a1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("a2", "2022-05-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-05-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("a3", "2022-09-15").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-09-14", "Hangzhou", "Tang Wenyao"));
        var merged = db.Person("a1", "Tang Wenyao");
        db.Person("a3", "Tang Wenyao").ShouldBe(merged);

        var outcome = PersonCorrections.Split(db.Store, merged, new SplitSelection(["a3"], []));

        outcome.Applied.ShouldBeTrue();
        outcome.Moved.ShouldBe(1);
        var split = db.Person("a3", "Tang Wenyao");
        split.ShouldNotBe(merged);
        split.ShouldBe(outcome.Entity!.Value);

        // A newer extractor reads more from a3: another record under the same source key.
        db.Save(new TestArticle("a3", "2022-09-15").Person("Tang Wenyao", ("Chairman", "Maple Council"), ("Secretary", "Maple Council"))
            .Meeting("2022-09-14", "Hangzhou", "Tang Wenyao"));

        db.Person("a3", "Tang Wenyao").ShouldBe(split);
        db.Person("a1", "Tang Wenyao").ShouldBe(merged);
        db.Person("a2", "Tang Wenyao").ShouldBe(merged);
    }

    [Fact]
    public void A_split_by_organization_moves_the_mentions_with_that_organization()
    {
        db.Save(
            new TestArticle("p1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("p2", "2022-05-02").Person("Tang Wenyao", "Professor", "Hangzhou Institute of Optics").Meeting("2022-05-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("p3", "2022-07-02").Person("Tang Wenyao", "Professor", "Hangzhou Institute of Optics").Meeting("2022-07-01", "Hangzhou", "Tang Wenyao"));
        var person = db.Person("p1", "Tang Wenyao");
        db.Person("p2", "Tang Wenyao").ShouldBe(person);
        var institute = db.Organization("p2", "Hangzhou Institute of Optics");

        var outcome = PersonCorrections.Split(db.Store, person, new SplitSelection([], [institute]));

        outcome.Moved.ShouldBe(2);
        db.Person("p2", "Tang Wenyao").ShouldBe(db.Person("p3", "Tang Wenyao"));
        db.Person("p2", "Tang Wenyao").ShouldNotBe(person);
    }

    [Fact]
    public void A_later_merge_undoes_a_split_also_after_re_ingestion()
    {
        db.Save(
            new TestArticle("a1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("a2", "2022-05-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-05-01", "Hangzhou", "Tang Wenyao"));
        var person = db.Person("a1", "Tang Wenyao");
        var split = PersonCorrections.Split(db.Store, person, new SplitSelection(["a2"], [])).Entity!.Value;

        PersonCorrections.Merge(db.Store, person, split).Applied.ShouldBeTrue();
        db.Save(new TestArticle("a2", "2022-05-03").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-05-01", "Hangzhou", "Tang Wenyao"));

        db.Person("a2", "Tang Wenyao").ShouldBe(person);
    }

    [Fact]
    public void Refused_corrections_change_nothing()
    {
        db.Save(South());
        var person = db.Person("south", "Fu Lei");

        PersonCorrections.Merge(db.Store, person, person).Applied.ShouldBeFalse();
        PersonCorrections.Split(db.Store, person, new SplitSelection(["south"], [])).Applied.ShouldBeFalse();
        PersonCorrections.Split(db.Store, person, new SplitSelection(["elsewhere"], [])).Applied.ShouldBeFalse();
        db.Scalar<long>("SELECT count(*) FROM person_corrections").ShouldBe(0);
    }

    [Fact]
    public void Why_same_explains_two_people_with_named_evidence_and_the_corrections_about_them()
    {
        db.Save(South(), North());
        var south = PersonDirectory.Describe(db.Store.Connection, [db.Person("south", "Fu Lei")]).Single();
        var north = PersonDirectory.Describe(db.Store.Connection, [db.Person("north", "Fu Lei")]).Single();

        var report = SamePersonExplainer.Explain(db.Store, south, north);

        report.SameEntity.ShouldBeFalse();
        report.Score!.IsSamePerson.ShouldBeFalse();
        report.Score.Evidence.ShouldContain(e => e.Aspect == "place" && e.Points < 0 && e.Finding.Contains("at the same time"));
        report.Decisions.Select(d => d.Basis).ShouldContain(b => b.StartsWith($"new: the best candidate, P{south.Id}, scored -"));

        PersonCorrections.Merge(db.Store, south.Id, north.Id);
        var after = SamePersonExplainer.Explain(db.Store, south, south);

        after.SameEntity.ShouldBeTrue();
        after.Corrections.ShouldHaveSingleItem().Description.ShouldBe($"merge P{south.Id} P{north.Id}");
        after.Decisions.Select(d => d.Basis).ShouldContain($"correction #1: P{north.Id} merged into P{south.Id}");
    }

    [Fact]
    public void Why_same_names_the_shared_organizations_and_places()
    {
        db.Save(
            new TestArticle("a1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-03-01", "Hangzhou", "Tang Wenyao"),
            new TestArticle("a2", "2022-05-02").Person("Tang Wenyao", "Chairman", "Maple Council").Meeting("2022-05-01", "Hangzhou", "Tang Wenyao"));
        var person = db.Person("a1", "Tang Wenyao");
        var split = PersonCorrections.Split(db.Store, person, new SplitSelection(["a2"], [])).Entity!.Value;
        var candidates = PersonDirectory.Describe(db.Store.Connection, [person, split]);

        var report = SamePersonExplainer.Explain(db.Store, candidates[0], candidates[1]);

        report.Score!.Evidence.ShouldContain(e => e.Aspect == "organization" && e.Values.SequenceEqual(new[] { "Maple Council" }));
        report.Score.Evidence.ShouldContain(e => e.Aspect == "event place" && e.Values.SequenceEqual(new[] { "Hangzhou" }));
        report.Corrections.ShouldHaveSingleItem().Kind.ShouldBe("split");
    }

    [Fact]
    public void Why_same_does_not_score_people_whose_names_differ()
    {
        db.Save(new TestArticle("a1", "2022-03-02").Person("Tang Wenyao", "Chairman", "Maple Council").Person("Ruan Jie", "Chairman", "Maple Council")
            .Meeting("2022-03-01", "Hangzhou", "Tang Wenyao", "Ruan Jie"));
        var people = PersonDirectory.Describe(db.Store.Connection, [db.Person("a1", "Tang Wenyao"), db.Person("a1", "Ruan Jie")]);

        var report = SamePersonExplainer.Explain(db.Store, people[0], people[1]);

        report.NamesAgree.ShouldBeFalse();
        report.Score.ShouldBeNull();
    }
}
