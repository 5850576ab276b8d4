using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary><c>parley totals</c>: the state of the who-met-whom totals every write keeps, and their rebuild.</summary>
public static class TotalsCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Recompute the totals from the stored events (in one transaction)." };
        var db = DatabaseOption.Create();
        var command = new Command("totals", """
            Show how many events the network totals count. Every ingest, merge and split keeps them current, and
            parley network (organizations in a place or everywhere, people everywhere) and parley person read them.
            --rebuild recomputes them from the events, should they ever disagree.
            Examples: parley totals
                      parley totals --rebuild --db kb.db
            """) { rebuild, db };
        command.SetAction(parse => Run(console, parse.GetValue(rebuild), parse.GetValue(db)!));
        return command;
    }

    private static int Run(CliConsole console, bool rebuild, string dbPath)
    {
        using var store = KnowledgeBaseFile.OpenExisting(console, dbPath);
        if (store is null) return 2; // as for a missing knowledge base in the other reading commands
        if (rebuild)
        {
            console.Error.WriteLine("Recomputing the network totals from every event...");
            var clock = Stopwatch.StartNew();
            store.RebuildNetworkTotals();
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalSeconds:F1} s."));
        }
        var (counted, pending) = store.NetworkTotalsState();
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Network totals: {counted:N0} events counted, {pending:N0} pending."));
        return 0;
    }
}
