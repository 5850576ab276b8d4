using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Model;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary><c>parley person</c>: one person's profile — positions over time, events, counterparts, organizations, sources.</summary>
public static class PersonCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "A name in any spelling (\"Peng Rui\", \"PENG Rui\", \"Mr. Rui Peng\") or an id such as P12." };
        var limit = new Option<int>("--limit")
        {
            Description = "List at most N spellings, events, counterparts and sources, and N sources per title (the totals are always shown). Default: 20. Example: --limit 50",
            DefaultValueFactory = _ => 20,
            HelpName = "N",
        };
        var json = new Option<bool>("--json") { Description = "Print the profile as JSON instead of tables. Example: --json" };
        var db = DatabaseOption.Create();
        var timing = TimingOption.Create();
        var command = new Command("person", """
            Show what the knowledge base knows about one person across all articles: each title as an interval
            (first and last dated mention, with sources), events taken part in, the people met most often,
            organizations, and the articles. A name several people share lists them with their ids (exit code 2).
            Examples: parley person "Qian Zhiyuan"
                      parley person P12 --json --db kb.db
            """) { name, limit, json, db, timing };
        command.SetAction(parse => TimingOption.Run(console, parse.GetValue(timing),
            () => Run(console, parse.GetValue(name)!, parse.GetValue(limit), parse.GetValue(json), parse.GetValue(db)!)));
        return command;
    }

    private static int Run(CliConsole console, string reference, int limit, bool json, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (PersonReference.Resolve(console, store, reference, out var exitCode) is not { } person) return exitCode;
        var profile = PersonProfiles.Read(store, person, Math.Max(1, limit));
        if (json) console.Out.WriteLine(JsonSerializer.Serialize(profile, RecordJson.Indented));
        else Write(console, profile);
        return 0;
    }

    private static void Write(CliConsole console, PersonProfile profile)
    {
        var o = console.Out;
        var p = profile.Person;
        o.WriteLine($"{p.Name}  {p.Reference}");
        if (profile.WrittenAs.Count > 1) o.WriteLine($"Written as: {string.Join(", ", profile.WrittenAs)}");
        o.WriteLine($"{Count(p.Mentions, "mention")} in {Count(profile.SourceCount, "article")}, seen {Span(p.FirstSeen, p.LastSeen)}");

        o.WriteLine();
        o.WriteLine("Positions");
        var positions = Tables.Create("title", "organization", "first seen", "last seen", "mentions", "sources");
        foreach (var s in profile.Positions)
            Tables.AddRow(positions, s.Title, Organization(s.Organization, s.OrganizationId), s.FirstSeen, s.LastSeen, Count(s.Mentions), string.Join(", ", s.Sources));
        WriteOrNone(console, positions);

        o.WriteLine($"Events ({profile.Events.Count} of {profile.EventCount}, newest first)");
        var events = Tables.Create("date", "type", "place", "with", "source");
        foreach (var e in profile.Events)
            Tables.AddRow(events, Span(e.Start, e.End), e.Mode == EventModes.Virtual ? $"{e.Type} (virtual)" : e.Type, e.Location, string.Join(", ", e.With), e.Source);
        WriteOrNone(console, events);

        o.WriteLine("Met most often");
        var counterparts = Tables.Create("person", "id", "events together");
        foreach (var c in profile.Counterparts) Tables.AddRow(counterparts, c.Name, $"P{c.Id}", Count(c.Events));
        WriteOrNone(console, counterparts);

        o.WriteLine("Organizations");
        var organizations = Tables.Create("organization", "id", "mentions", "first seen", "last seen");
        foreach (var t in profile.Organizations)
            Tables.AddRow(organizations, t.Name, t.Id is { } id ? $"O{id}" : null, Count(t.Mentions), t.FirstSeen, t.LastSeen);
        WriteOrNone(console, organizations);

        o.WriteLine($"Sources ({profile.Sources.Count} of {profile.SourceCount}, newest first)");
        var sources = Tables.Create("article", "published", "title", "url");
        foreach (var s in profile.Sources) Tables.AddRow(sources, s.Id, s.Published, s.Title, s.Url);
        WriteOrNone(console, sources);
    }

    private static void WriteOrNone(CliConsole console, Spectre.Console.Table table)
    {
        if (table.Rows.Count == 0) console.Out.WriteLine("  none");
        else console.Ansi.Write(table);
    }

    private static string Organization(string? name, long? id) => name is null ? "–" : id is { } o ? $"{name} (O{o})" : name;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => $"{Count(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>"2021-04-23 – 2024-04-07", one date when both ends agree, "?" when undated.</summary>
    internal static string Span(string? first, string? last) =>
        first is null ? "?" : last is null || last == first ? first : $"{first} – {last}";
}
