using Parley.Store.Ingestion;
using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>Prints what an ingest did: counts, failures grouped by reason, the store's totals and the newest events.</summary>
public static class IngestSummaryView
{
    /// <summary>Writes the summary of <paramref name="summary"/> for the knowledge base at <paramref name="dbPath"/>.</summary>
    public static void Write(CliConsole console, IngestSummary summary, string dbPath)
    {
        var o = console.Out;
        o.WriteLine();
        if (summary.Cancelled) o.WriteLine("Cancelled: stopped after the current article; everything before it is stored.");
        if (summary.StoppedAtFailure) o.WriteLine("Stopped at the first failure (--strict); articles before it are stored.");
        if (summary.StoreFailure is { } storeFailure)
            o.WriteLine($"Stopped: the knowledge base could not be written: {storeFailure}. Articles before it are stored; run ingest again to go on.");
        o.WriteLine($"Ingested into {dbPath}");
        Count(o, "articles read", summary.ArticlesRead);
        Count(o, "inserted", summary.Inserted);
        Count(o, "replaced", summary.Replaced);
        Count(o, "unchanged", summary.Unchanged);
        Count(o, "duplicates", summary.Duplicates);
        Count(o, "near-duplicates", summary.NearDuplicates, "stored and linked to an earlier copy; their events are not counted again");
        Count(o, "skipped", summary.Skipped.Count);
        Count(o, "failed", summary.Failures.Count);
        WriteGrouped(o, "Skipped", summary.Skipped);
        WriteGrouped(o, "Failed", summary.Failures);

        var c = summary.Counts;
        o.WriteLine();
        o.WriteLine($"Knowledge base: {c.Articles} articles ({c.NearDuplicates} near-duplicates), {c.Events} events, {c.People} people, {c.Organizations} organizations, {c.Places} places");
        if (summary.RecentEvents.Count == 0) return;
        o.WriteLine("Newest events:");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("date").AddColumn("type").AddColumn("place").AddColumn("who met whom").AddColumn("article");
        foreach (var e in summary.RecentEvents)
        {
            var date = e.Start is null ? "?" : e.End is null || e.End == e.Start ? e.Start : $"{e.Start} – {e.End}";
            var type = e.Mode == "virtual" ? $"{e.Type} (virtual)" : e.Type;
            var who = e.Participants.Count == 0 ? "–" : string.Join(", ", e.Participants);
            // Text, not markup: names and places are data and may contain '['.
            table.AddRow(Cell(date), Cell(type), Cell(e.Location ?? "–"), Cell(who), Cell(e.ArticleId));
        }
        console.Ansi.Write(table);
    }

    /// <summary>One line of the counts, labels in one column so the numbers line up.</summary>
    private static void Count(TextWriter o, string label, int value, string? note = null) =>
        o.WriteLine(note is null || value == 0 ? $"  {label,-16}{value}" : $"  {label,-16}{value}  ({note})");

    private static Spectre.Console.Text Cell(string value) => new(value);

    private static void WriteGrouped(TextWriter o, string heading, IReadOnlyList<IngestProblem> problems)
    {
        if (problems.Count == 0) return;
        o.WriteLine();
        o.WriteLine($"{heading}:");
        foreach (var group in problems.GroupBy(p => p.Reason, StringComparer.Ordinal))
        {
            o.WriteLine($"  {group.Key} ({group.Count()}):");
            foreach (var problem in group) o.WriteLine(problem.Detail is null ? $"    {problem.Location}" : $"    {problem.Location}  ({problem.Detail})");
        }
    }
}
