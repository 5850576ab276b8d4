using System.Text.Json;

namespace Parley.Cli.Tests.Identity;

/// <summary>parley person, org, why-same, merge and split on a knowledge base ingested from invented articles.</summary>
public sealed class IdentityCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => temp["kb.db"];

    private CliRun Parley(params string[] args) => CliRun.Of([.. args, "--db", Db]);

    private void Ingest(params (string Name, string Text)[] articles)
    {
        foreach (var (name, text) in articles) temp.Write($"in/{name}", text);
        CliRun.Of("ingest", temp["in"], "--db", Db).ExitCode.ShouldBe(0);
    }

    private long IdOf(string name, string knownAs)
    {
        var candidates = Parley("person", name).Out.Split('\n').Where(l => l.Contains(knownAs, StringComparison.Ordinal));
        var cell = candidates.Single().Split('│', StringSplitOptions.TrimEntries).First(c => c.StartsWith('P'));
        return long.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Person_shows_positions_events_counterparts_organizations_and_sources()
    {
        Ingest(("wuxi.txt", IdentityArticles.CouncilMeetsWuxi), ("ningbo.txt", IdentityArticles.CouncilMeetsNingbo));

        var run = Parley("person", "TANG Wenyao");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("2 mentions in 2 articles, seen 2021-03-02 – 2023-06-11");
        // The organization's name wraps in a 120-column table; the rest of the row stays on its first line.
        run.Out.ShouldMatch(@"│ Chairman\s+│ Cedar Council for the Promotion of International\s+│ 2021-03-02\s+│ 2023-06-11\s+│ 2\s+│ wuxi, ningbo");
        run.Out.ShouldContain("Events (2 of 2, newest first)");
        run.Out.ShouldMatch(@"2023-06-10\s+│ meeting\s+│ Hangzhou\s+│ Kong Lei");
        run.Out.ShouldContain("Ruan Jie");
        run.Out.ShouldContain("Sources (2 of 2, newest first)");
    }

    [Fact]
    public void Person_as_json_holds_the_whole_profile()
    {
        Ingest(("wuxi.txt", IdentityArticles.CouncilMeetsWuxi), ("ningbo.txt", IdentityArticles.CouncilMeetsNingbo));

        var run = Parley("person", "Tang Wenyao", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("person").GetProperty("mentions").GetInt32().ShouldBe(2);
        root.GetProperty("positions")[0].GetProperty("first_seen").GetString().ShouldBe("2021-03-02");
        root.GetProperty("event_count").GetInt32().ShouldBe(2);
        root.GetProperty("counterparts").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void A_name_two_people_share_lists_both_and_an_id_picks_one()
    {
        Ingest(("company.txt", IdentityArticles.CompanyHead), ("official.txt", IdentityArticles.Official));

        var run = Parley("person", "Qiu Ning");

        run.ExitCode.ShouldBe(2);
        run.Out.ShouldContain("\"Qiu Ning\" may mean 2 people; name one by its id:");
        run.Out.ShouldContain("Chief Executive, Sunlit Batteries Co");
        run.Out.ShouldContain("Vice Governor, Hubei Province");
        var official = IdOf("Qiu Ning", "Vice Governor");
        var profile = Parley("person", $"P{official}");
        profile.ExitCode.ShouldBe(0);
        profile.Out.ShouldContain("Pan Wei");
        profile.Out.ShouldNotContain("Eva Lindqvist");
    }

    [Fact]
    public void Org_shows_who_held_which_title_and_at_a_date()
    {
        Ingest(("wuxi.txt", IdentityArticles.CouncilMeetsWuxi), ("ningbo.txt", IdentityArticles.CouncilMeetsNingbo));

        var all = Parley("org", "Cedar Council for the Promotion of International Trade");
        var at = Parley("org", "Cedar Council for the Promotion of International Trade", "--at", "2022-01-01");
        var before = Parley("org", "Cedar Council for the Promotion of International Trade", "--at", "2020-01-01");

        all.ExitCode.ShouldBe(0, all.Error);
        all.Out.ShouldMatch(@"Chairman\s+│ Tang Wenyao\s+│ P\d+\s+│ 2021-03-02\s+│ 2023-06-11\s+│ 2");
        at.Out.ShouldContain("Titles held at 2022-01-01, as far as the articles say (1)");
        at.Out.ShouldContain("seen around it");
        before.Out.ShouldContain("(0)");
        Parley("org", "Cedar Council", "--at", "June 2022").ExitCode.ShouldBe(2);
        Parley("org", "No Such Council").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Why_same_shows_the_evidence_that_keeps_two_people_apart()
    {
        Ingest(("company.txt", IdentityArticles.CompanyHead), ("official.txt", IdentityArticles.Official));
        var company = IdOf("Qiu Ning", "Chief Executive");
        var official = IdOf("Qiu Ning", "Vice Governor");

        var run = Parley("why-same", $"P{company}", $"P{official}");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"P{company} and P{official} are two people.");
        run.Out.ShouldMatch(@"sector\s+│ -2\.5\s+│ one in business, one in government, at the same time");
        run.Out.ShouldContain("new: the best candidate");
    }

    [Fact]
    public void Merge_and_split_are_stored_and_survive_re_ingesting_an_edited_file()
    {
        Ingest(("company.txt", IdentityArticles.CompanyHead), ("official.txt", IdentityArticles.Official),
            ("wuxi.txt", IdentityArticles.CouncilMeetsWuxi), ("ningbo.txt", IdentityArticles.CouncilMeetsNingbo));
        var company = IdOf("Qiu Ning", "Chief Executive");
        var official = IdOf("Qiu Ning", "Vice Governor");

        var merge = Parley("merge", $"P{company}", $"P{official}");
        merge.ExitCode.ShouldBe(0, merge.Error);
        merge.Out.ShouldContain($"Merged P{official} into P{company}: 1 mention moved (correction #1).");
        Parley("person", "Qiu Ning").Out.ShouldContain("2 mentions in 2 articles");

        var split = Parley("split", "Tang Wenyao", "--source", temp["in/ningbo.txt"]);
        split.ExitCode.ShouldBe(0, split.Error);
        split.Out.ShouldContain("Split 1 of 2 mentions of P");
        Parley("person", "Tang Wenyao").ExitCode.ShouldBe(2);

        File.WriteAllText(temp["in/ningbo.txt"], IdentityArticles.CouncilMeetsNingboEdited);
        File.WriteAllText(temp["in/official.txt"], IdentityArticles.Official + "\nThe meeting was held at the provincial guesthouse.\n");
        CliRun.Of("ingest", temp["in"], "--db", Db).Out.ShouldMatch(@"replaced\s+2\b");

        Parley("person", "Qiu Ning").Out.ShouldContain("2 mentions in 2 articles");
        var apart = Parley("person", "Tang Wenyao");
        apart.ExitCode.ShouldBe(2);
        apart.Out.ShouldContain("may mean 2 people");
        Parley("why-same", "P" + IdOf("Tang Wenyao", "2021-03-02"), "P" + IdOf("Tang Wenyao", "2023-06-11")).Out.ShouldContain("split P");
    }

    [Fact]
    public void Split_without_a_selection_and_commands_without_a_knowledge_base_are_refused()
    {
        CliRun.Of("person", "Tang Wenyao", "--db", temp["missing.db"]).ExitCode.ShouldBe(2);
        File.Exists(temp["missing.db"]).ShouldBeFalse();
        Ingest(("wuxi.txt", IdentityArticles.CouncilMeetsWuxi));

        var split = Parley("split", "Tang Wenyao");

        split.ExitCode.ShouldBe(2);
        split.Error.ShouldContain("--source ARTICLE and/or --org ORG");
        Parley("merge", "Tang Wenyao", "Tang Wenyao").ExitCode.ShouldBe(1);
        Parley("person", "Nobody Here").ExitCode.ShouldBe(1);
    }

    [Theory]
    [InlineData("person", new[] { "--limit", "--json", "--db" })]
    [InlineData("org", new[] { "--at", "--json", "--db" })]
    [InlineData("why-same", new[] { "--json", "--db" })]
    [InlineData("merge", new[] { "--db" })]
    [InlineData("split", new[] { "--source", "--org", "--db" })]
    public void Help_explains_each_option_with_an_example(string command, string[] options)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Examples:");
        foreach (var option in options)
        {
            var from = run.Out.IndexOf("  " + option, StringComparison.Ordinal);
            from.ShouldBeGreaterThan(0, $"{command} --help does not list {option}");
            var next = run.Out.IndexOf("\n  -", from + 1, StringComparison.Ordinal);
            (next < 0 ? run.Out[from..] : run.Out[from..next]).ShouldContain("Example");
        }
    }
}
