using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Cli.Rendering;
using Parley.Model;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary><c>parley org</c>: who held which title at an organization, over time or at one date.</summary>
public static class OrgCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "An organization's name, acronym or id such as O7 (\"Riverton CCPIT\", \"Sunlit Batteries Co., Ltd.\")." };
        var at = new Option<string?>("--at")
        {
            Description = "Only titles held at this date (YYYY-MM-DD): seen on both sides of it, or last seen before it and not replaced since (by another holder of the title, or by the holder's next title there). Example: --at 2021-06-01",
            HelpName = "DATE",
        };
        var json = new Option<bool>("--json") { Description = "Print the holders as JSON instead of a table. Example: --json" };
        var db = DatabaseOption.Create();
        var command = new Command("org", """
            Show who held which title at an organization, as far as the articles say: each person's title as an
            interval from its first to its last dated mention, with the articles it comes from.
            Examples: parley org "Riverton CCPIT"
                      parley org O7 --at 2021-06-01 --json
            """) { name, at, json, db };
        command.SetAction(parse => Run(console, parse.GetValue(name)!, parse.GetValue(at), parse.GetValue(json), parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, string reference, string? at, bool json, string dbPath)
    {
        if (at is not null && !DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            console.Error.WriteLine($"--at takes a date as YYYY-MM-DD, not \"{at}\"");
            return 2; // a usage error, as for a missing knowledge base
        }
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (OrgReference.Resolve(console, store, reference, out var exitCode) is not { } organization) return exitCode;
        var holdings = OrganizationHolders.Read(store, organization.Id, at);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(new { Organization = organization, At = at, Holdings = holdings }, RecordJson.Indented));
            return 0;
        }
        var place = organization.Place is null ? "" : $", {organization.Place}";
        console.Out.WriteLine($"{organization.Name}  {organization.Reference}{place}");
        console.Out.WriteLine(at is null
            ? $"Titles held, as far as the articles say ({holdings.Count})"
            : $"Titles held at {at}, as far as the articles say ({holdings.Count})");
        var table = at is null
            ? Tables.Create("title", "person", "id", "first seen", "last seen", "mentions", "sources")
            : Tables.Create("title", "person", "id", "first seen", "last seen", "at the date", "sources");
        foreach (var h in holdings)
            Tables.AddRow(table, h.Title, h.Person, $"P{h.PersonId}", h.FirstSeen, h.LastSeen,
                at is null ? h.Mentions.ToString(CultureInfo.InvariantCulture) : h.SeenAround ? "seen around it" : "last seen before it",
                string.Join(", ", h.Sources));
        console.Ansi.Write(table);
        return 0;
    }
}
