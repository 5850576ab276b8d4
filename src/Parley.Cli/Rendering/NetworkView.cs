using System.Globalization;
using Parley.Store.Queries;
using Spectre.Console;
using Plain = Spectre.Console.Text;

namespace Parley.Cli.Rendering;

/// <summary>Prints what <c>parley network</c> found: the heaviest links as a table (or per topic), or JSON.</summary>
internal static class NetworkView
{
    /// <summary>Writes a summary line, then the network's edges (the heaviest, as asked), or the <paramref name="limit"/> largest topic counts.</summary>
    public static void Write(CliConsole console, Network network, int limit, bool byTopic)
    {
        FilterNotes.Write(console, network.Filter);
        var o = console.Out;
        var kind = KindOf(network.Level);
        if (network.EdgeCount == 0)
        {
            o.WriteLine(network.Events == 0
                ? "No events match."
                : string.Create(CultureInfo.InvariantCulture, $"{network.Events:N0} events match, but no two {kind} took part in the same one."));
            return;
        }
        var names = network.Nodes.ToDictionary(n => n.Id, n => n.Name);
        if (byTopic)
        {
            WriteByTopic(console, network, names, limit, kind);
            return;
        }

        var shown = network.Edges;
        o.WriteLine(Summary(network, kind, shown.Count, "links"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("events").RightAligned()).AddColumn("between").AddColumn("and")
            .AddColumn("first").AddColumn("last").AddColumn("types").AddColumn("topics");
        foreach (var e in shown)
            table.AddRow(
                new Markup($"[bold]{e.Weight.ToString(CultureInfo.InvariantCulture)}[/]"),
                new Plain(names[e.Source]),
                new Plain(names[e.Target]),
                new Plain(e.First ?? "?"),
                new Plain(e.Last ?? "?"),
                new Plain(string.Join(", ", e.Types)),
                new Plain(string.Join(", ", e.Topics.Select(t => $"{t.Topic} {t.Events.ToString(CultureInfo.InvariantCulture)}"))));
        console.Ansi.Write(table);
    }

    /// <summary>Writes <c>{"level", "events", "node_count", "edge_count", "nodes", "edges"}</c>: the edges asked for and the nodes on them.</summary>
    public static void WriteJson(CliConsole console, Network network)
    {
        FilterNotes.Write(console, network.Filter);
        QueryJson.Write(console.Out, new { network.Level, network.Events, network.NodeCount, network.EdgeCount, network.Nodes, network.Edges });
    }

    // One row per linked pair and topic: how often two regions (organizations, people) met about each topic.
    private static void WriteByTopic(CliConsole console, Network network, Dictionary<long, string> names, int limit, string kind)
    {
        var rows = network.Edges
            .SelectMany(e => e.Topics.Select(t => (Edge: e, t.Topic, t.Events)))
            .OrderByDescending(r => r.Events).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ThenBy(r => r.Edge.Source).ThenBy(r => r.Edge.Target)
            .ToList();
        var shown = Shown(rows, limit);
        console.Out.WriteLine(Summary(network, kind, shown.Count, "pair-and-topic counts", rows.Count));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("topic").AddColumn("between").AddColumn("and").AddColumn(new TableColumn("events").RightAligned());
        foreach (var (edge, topic, events) in shown)
            table.AddRow(new Markup($"[aqua]{Markup.Escape(topic)}[/]"), new Plain(names[edge.Source]), new Plain(names[edge.Target]),
                new Markup($"[bold]{events.ToString(CultureInfo.InvariantCulture)}[/]"));
        console.Ansi.Write(table);
    }

    private static string Summary(Network network, string kind, int shown, string rows, int? total = null)
    {
        var all = total ?? network.EdgeCount;
        var head = string.Create(CultureInfo.InvariantCulture,
            $"Who met whom among {kind}: {network.NodeCount:N0} {kind} linked by {network.EdgeCount:N0} pairs over {network.Events:N0} events.");
        return shown < all
            ? head + string.Create(CultureInfo.InvariantCulture, $" The top {shown:N0} of {all:N0} {rows} are shown (--limit 0 shows all).")
            : head;
    }

    private static List<T> Shown<T>(IReadOnlyList<T> rows, int limit) => (limit == 0 ? rows : rows.Take(limit)).ToList();

    private static string KindOf(NetworkLevel level) => level switch
    {
        NetworkLevel.Person => "people",
        NetworkLevel.Organization => "organizations",
        _ => "regions",
    };
}
