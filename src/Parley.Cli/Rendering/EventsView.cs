using System.Globalization;
using Parley.Store.Queries;
using Spectre.Console;
using Plain = Spectre.Console.Text;

namespace Parley.Cli.Rendering;

/// <summary>Prints what <c>parley events</c> found: a table (colored on a terminal) or JSON.</summary>
internal static class EventsView
{
    /// <summary>Writes the count, then one table row per listed event.</summary>
    public static void Write(CliConsole console, EventPage page)
    {
        FilterNotes.Write(console, page.Filter);
        var o = console.Out;
        if (page.Total == 0)
        {
            o.WriteLine("No events match.");
            return;
        }
        var c = CultureInfo.InvariantCulture;
        var matched = page.TotalIsLowerBound ? string.Create(c, $"More than {page.Total:N0} events match")
            : page.Total == 1 ? "1 event matches" : string.Create(c, $"{page.Total:N0} events match");
        o.WriteLine(page.Events.Count < page.Total || page.TotalIsLowerBound
            ? string.Create(c, $"{matched}; the newest {page.Events.Count:N0} are shown (--limit 0 shows all).")
            : matched + ".");

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("date").NoWrap()).AddColumn(new TableColumn("type").NoWrap()).AddColumn("place")
            .AddColumn("who took part (organizations below)").AddColumn("topics").AddColumn("article");
        foreach (var e in page.Events)
            table.AddRow(
                new Plain(DateRange.Of(e.Start, e.End)),
                new Markup(TypeMarkup(e.Type, e.Mode)),
                new Plain(e.Location ?? e.Place ?? "–"),
                new Markup(WhoMarkup(e)),
                new Plain(string.Join(", ", e.Topics)),
                new Plain(e.ArticleId));
        console.Ansi.Write(table);
    }

    /// <summary>Writes <c>{"total": N, "total_is_lower_bound": false, "events": [...]}</c>.</summary>
    public static void WriteJson(CliConsole console, EventPage page)
    {
        FilterNotes.Write(console, page.Filter);
        QueryJson.Write(console.Out, new { page.Total, page.TotalIsLowerBound, page.Events });
    }

    /// <summary>The participants, then the organizations dimmed on the next line.</summary>
    private static string WhoMarkup(EventListing e)
    {
        var people = e.Participants.Count == 0 ? "–" : Markup.Escape(string.Join(", ", e.Participants.Select(p => p.Name)));
        return e.Organizations.Count == 0 ? people : $"{people}\n[dim]{Markup.Escape(string.Join("; ", e.Organizations))}[/]";
    }

    /// <summary>The event type in its color (plain when redirected: the console then has no colors).</summary>
    private static string TypeMarkup(string type, string mode)
    {
        var color = type switch
        {
            "meeting" => "green",
            "visit" => "deepskyblue1",
            "conference" => "gold1",
            _ => "orchid",
        };
        var virtualNote = mode == "virtual" ? " [dim](virtual)[/]" : "";
        return $"[{color}]{Markup.Escape(type)}[/]{virtualNote}";
    }
}
