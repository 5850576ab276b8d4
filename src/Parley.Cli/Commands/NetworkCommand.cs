using System.CommandLine;
using Parley.Cli.Rendering;
using Parley.Store.Queries;

namespace Parley.Cli.Commands;

/// <summary><c>parley network</c>: who met whom over the events that match the given filters.</summary>
public static class NetworkCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var filters = new EventFilterOptions();
        var level = NetworkLevelOption.Create();
        var byTopic = new Option<bool>("--by-topic")
        {
            Description = "One row per linked pair and topic, with how many shared events carry it (tables only; JSON always has the per-topic counts). Example: --level place --by-topic",
        };
        var limit = QueryOptions.Limit("links", 50);
        var json = QueryOptions.Json("""{"level", "events", "nodes": [...], "edges": [...]}""");
        var db = DatabaseOption.Create();
        var timing = TimingOption.Create();
        var command = new Command("network", """
            Print who met whom: two people (organizations, regions) are linked when they took part in the same
            event; a link's weight is the number of events they shared, with the first and last date, the
            event types and the topics. Filters choose the events, as for parley events.
            Examples: parley network --place Jiangsu
                      parley network --level org --from 2023 --to 2024 --limit 20
                      parley network --level place --by-topic
            """);
        foreach (var option in filters.All) command.Options.Add(option);
        command.Options.Add(level);
        command.Options.Add(byTopic);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Options.Add(db);
        command.Options.Add(timing);
        command.SetAction(parse => TimingOption.Run(console, parse.GetValue(timing), () => Run(console, filters.Read(parse),
            NetworkLevelOption.Read(parse, level), parse.GetValue(byTopic), parse.GetValue(limit), parse.GetValue(json), parse.GetValue(db)!)));
        return command;
    }

    private static int Run(CliConsole console, EventFilter filter, NetworkLevel level, bool byTopic, int limit, bool json, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2;
        // Per-topic rows rank pairs by topic counts, so they need every edge; otherwise only the heaviest are built.
        var network = new NetworkQuery(store).Run(filter, level, byTopic && !json ? 0 : limit);
        if (json) NetworkView.WriteJson(console, network);
        else NetworkView.Write(console, network, limit, byTopic);
        return 0;
    }
}
