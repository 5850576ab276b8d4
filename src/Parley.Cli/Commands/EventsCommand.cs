using System.CommandLine;
using Parley.Cli.Rendering;
using Parley.Store.Queries;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: lists the stored events that match the given filters.</summary>
public static class EventsCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var filters = new EventFilterOptions();
        var limit = QueryOptions.Limit("events", 50);
        var json = QueryOptions.Json("""{"total": N, "total_is_lower_bound": false, "events": [...]}""");
        var db = DatabaseOption.Create();
        var timing = TimingOption.Create();
        var command = new Command("events", $"""
            List the stored events that match every given filter, newest first: date, type, place, who took
            part, organizations, topics and the reporting article. Matches are counted up to {EventQuery.DefaultCountCap:N0}.
            Examples: parley events --place Jiangsu --topic trade
                      parley events --person "Zhao Minghui" --from 2024 --json
                      parley events --org "Riverton Trade Council" --type signing --text memorandum
            """);
        foreach (var option in filters.All) command.Options.Add(option);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Options.Add(db);
        command.Options.Add(timing);
        command.SetAction(parse => TimingOption.Run(console, parse.GetValue(timing),
            () => Run(console, filters.Read(parse), parse.GetValue(limit), parse.GetValue(json), parse.GetValue(db)!)));
        return command;
    }

    private static int Run(CliConsole console, EventFilter filter, int limit, bool json, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2;
        var page = new EventQuery(store).Run(filter, limit);
        if (json) EventsView.WriteJson(console, page);
        else EventsView.Write(console, page);
        return 0;
    }
}
