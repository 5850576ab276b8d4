using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Parley.Cli.Rendering;
using Parley.Extraction;
using Parley.Store;
using Parley.Store.Schema;
using Parley.Store.Ingestion;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest</c>: reads articles, extracts their records and stores them.</summary>
public static class IngestCommand
{
    /// <summary>The command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Article files (.txt, .html, .htm, .jsonl) or folders (searched recursively). Example: samples/articles",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DatabaseOption.Create();
        var strict = new Option<bool>("--strict")
        {
            Description = "Stop at the first input that cannot be read, extracted or stored (articles stored before it stay stored). Example: --strict",
        };
        var command = new Command("ingest", """
            Read articles, extract who met whom, and store them in the knowledge base. Re-ingesting an
            unchanged file changes nothing; an edited file replaces its old record. Bad inputs are listed
            in the summary and the exit code is 1 when any input failed, 2 when the knowledge base cannot be
            opened or written. Ctrl-C stops after the current article (exit code 130).
            Examples: parley ingest samples/articles
                      parley ingest news/ extra.jsonl --db kb.db --strict
            """) { paths, db, strict };
        command.SetAction(parse => Run(console, parse.GetValue(paths)!, parse.GetValue(db)!, parse.GetValue(strict)));
        return command;
    }

    /// <summary>Exit code when the knowledge base cannot be opened or written (as opposed to 1, some inputs failed).</summary>
    public const int KnowledgeBaseFailedExitCode = 2;

    /// <summary>Exit code of a run stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report an interrupted command.</summary>
    public const int CancelledExitCode = 130;

    private static int Run(CliConsole console, string[] paths, string dbPath, bool strict)
    {
        using var cancellation = new CancellationTokenSource();
        // Keep the process alive on Ctrl-C (SIGINT) and on SIGTERM (what `kill`, service managers and container
        // stops send): the current article finishes its transaction, then the run stops and reports.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cancellation.Cancel();
        }
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        SqliteKnowledgeStore store;
        try
        {
            store = new SqliteKnowledgeStore(dbPath, console.Error.WriteLine);
        }
        catch (SqliteException e)
        {
            console.Error.WriteLine($"cannot open the knowledge base {dbPath}: {StoreErrors.Describe(e)} ({e.Message})");
            return KnowledgeBaseFailedExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SchemaTooNewException)
        {
            console.Error.WriteLine($"cannot open the knowledge base {dbPath}: {e.Message}");
            return KnowledgeBaseFailedExitCode;
        }
        using (store)
        {
            var service = new IngestService(store, ExtractionPipeline.CreateDefault(), new IngestOptions { Strict = strict });
            IngestSummary summary;
            try
            {
                summary = console.Interactive
                    ? RunWithProgressBar(console, service, paths, cancellation.Token)
                    : service.Run(paths, new PlainProgressReporter(console.Out).Report, cancellation.Token);
            }
            catch (SqliteException e)
            {
                // The service stops on a failing knowledge base; this is it failing again while the summary is read.
                console.Error.WriteLine($"the knowledge base {dbPath} failed: {StoreErrors.Describe(e)} ({e.Message}). Articles stored before are kept.");
                return KnowledgeBaseFailedExitCode;
            }
            IngestSummaryView.Write(console, summary, dbPath);
            if (summary.StoreFailure is not null) return KnowledgeBaseFailedExitCode;
            return summary.Cancelled ? CancelledExitCode : summary.Succeeded ? 0 : 1;
        }
    }

    private static IngestSummary RunWithProgressBar(CliConsole console, IngestService service, string[] paths, CancellationToken cancellation) =>
        console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: 1);
                var summary = service.Run(paths, progress =>
                {
                    task.MaxValue = Math.Max(1, progress.BytesTotal);
                    task.Value = progress.BytesDone;
                    task.Description = $"{progress.ArticlesRead} articles, {progress.FilesDone}/{progress.FilesTotal} files";
                }, cancellation);
                task.StopTask();
                return summary;
            });
}
