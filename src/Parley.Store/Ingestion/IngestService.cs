using Microsoft.Data.Sqlite;
using Parley.Extraction;
using Parley.Ingest;

namespace Parley.Store.Ingestion;

/// <summary>
/// Reads articles from files and folders, extracts each one and saves it to a store, one article per
/// transaction, streaming: only the current article is held in memory. Shared by <c>parley ingest</c>
/// and the benchmark so both measure and run the same code; the caller only renders progress and the summary.
/// </summary>
public sealed class IngestService(IKnowledgeStore store, ExtractionPipeline pipeline, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>
    /// Ingests everything under <paramref name="paths"/>. Bad inputs are reported in the summary and the run
    /// goes on (unless <see cref="IngestOptions.Strict"/>). Cancellation stops after the current article;
    /// what was stored stays stored. A failure of the knowledge base itself stops the run (see <see cref="IngestSummary.StoreFailure"/>).
    /// </summary>
    public IngestSummary Run(IReadOnlyList<string> paths, Action<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var inventory = InputInventory.Of(paths);
        var tally = new Tally();
        var skipped = new List<IngestProblem>();
        var failures = new List<IngestProblem>();
        var files = new FileTracker(inventory);
        var cancelled = false;
        var stoppedAtFailure = false;
        string? storeFailure = null;

        foreach (var outcome in new ArticleReader(_options.Reader).Read(paths))
        {
            files.Enter(FileOf(outcome), countsTowardsTotal: outcome is not FileSkipped);
            switch (outcome)
            {
                case FileSkipped skip:
                    skipped.Add(new IngestProblem(skip.Origin, null, "not an article format (.txt, .html, .htm, .jsonl)"));
                    break;
                case ReadFailure failure:
                    failures.Add(new IngestProblem(failure.Origin, failure.Line, failure.Reason, failure.Detail));
                    break;
                case ArticleRead read:
                    tally.Read++;
                    try
                    {
                        if (Store(read, tally) is { } problem) failures.Add(problem);
                    }
                    catch (SqliteException e)
                    {
                        // The knowledge base itself failed (disk full, locked, read-only, damaged): every further
                        // article would fail the same way, so stop and say why instead of listing each one.
                        storeFailure = $"{StoreErrors.Describe(e)} ({e.Message})";
                    }
                    break;
            }
            if (storeFailure is not null) break;
            progress?.Invoke(files.Progress(tally.Read));
            if (_options.Strict && failures.Count > 0) { stoppedAtFailure = true; break; }
            if (cancellation.IsCancellationRequested) { cancelled = true; break; }
        }
        if (!cancelled && !stoppedAtFailure && storeFailure is null)
        {
            files.Finish();
            progress?.Invoke(files.Progress(tally.Read));
        }

        return new IngestSummary
        {
            ArticlesRead = tally.Read,
            Inserted = tally.Inserted,
            Replaced = tally.Replaced,
            Unchanged = tally.Unchanged,
            Duplicates = tally.Duplicates,
            NearDuplicates = tally.NearDuplicates,
            EventsExtracted = tally.Events,
            Skipped = skipped,
            Failures = failures,
            Cancelled = cancelled,
            StoppedAtFailure = stoppedAtFailure,
            StoreFailure = storeFailure,
            Counts = store.Counts(),
            RecentEvents = _options.RecentEventCount > 0 ? store.RecentEvents(_options.RecentEventCount) : [],
        };
    }

    /// <summary>Extracts and saves one article; returns the problem when it could not be.</summary>
    /// <exception cref="SqliteException">The knowledge base failed, not this article.</exception>
    private IngestProblem? Store(ArticleRead read, Tally tally)
    {
        var article = read.Article;
        var (file, line) = SplitOrigin(read);
        ArticleToStore row;
        try
        {
            // Unchanged inputs skip extraction: re-running an ingest over the same files costs one lookup each.
            var stored = store.FindBySourceKey(read.SourceKey);
            if (stored is not null && stored.ContentHash == read.ContentHash)
            {
                tally.Unchanged++;
                return null;
            }
            // So do new inputs whose content is already stored under another key: Save would refuse them as
            // duplicates after the extraction. (An input whose key holds other content still goes to Save,
            // which removes that old content.)
            if (stored is null && store.HoldsContent(read.ContentHash))
            {
                tally.Duplicates++;
                return null;
            }
            var analysis = pipeline.Analyze(article);
            row = new ArticleToStore
            {
                SourceKey = read.SourceKey,
                Origin = article.Origin,
                Id = article.Id,
                Url = article.Url,
                Site = article.Site,
                Title = analysis.Title ?? article.Title,
                Published = analysis.Published ?? article.Published,
                RawText = article.Text,
                CleanedText = analysis.Text,
                ContentHash = read.ContentHash,
                Record = RecordBuilder.Build(analysis),
                Mentions = MentionCollector.Collect(analysis),
            };
        }
        // An extractor bug on one odd article must not lose the rest of the run; it is reported like bad input.
        catch (Exception e) when (e is not OperationCanceledException and not SqliteException)
        {
            return new IngestProblem(file, line, "extraction failed; this is a bug in Parley, please report it with the input", $"{e.GetType().Name}: {e.Message}");
        }

        try
        {
            switch (store.Save(row))
            {
                case SaveOutcome.Inserted: tally.Inserted++; tally.Events += row.Record.Events.Count; break;
                case SaveOutcome.Replaced: tally.Replaced++; tally.Events += row.Record.Events.Count; break;
                case SaveOutcome.Unchanged: tally.Unchanged++; break;
                case SaveOutcome.Duplicate: tally.Duplicates++; break;
                case SaveOutcome.NearDuplicate: tally.NearDuplicates++; break;
            }
            return null;
        }
        catch (SqliteException e) when (StoreErrors.IsAboutOneArticle(e))
        {
            // Save is one transaction, so a failed save leaves nothing half-written.
            return new IngestProblem(file, line, $"could not be stored: {StoreErrors.Describe(e)}", e.Message);
        }
    }

    /// <summary>The input file an outcome came from (JSON-lines origins carry <c>:line</c> after the path).</summary>
    private static string FileOf(ReadOutcome outcome) => outcome switch
    {
        ReadFailure f => f.Origin,
        FileSkipped s => s.Origin,
        ArticleRead r => SplitOrigin(r).File,
        _ => "",
    };

    private static (string File, int? Line) SplitOrigin(ArticleRead read)
    {
        var origin = read.Article.Origin;
        // Whole files use the path as both key and origin; a JSON line's origin is "path:line".
        if (origin == read.SourceKey) return (origin, null);
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin.AsSpan(colon + 1), out var line) ? (origin[..colon], line) : (origin, null);
    }

    /// <summary>Counts of what happened to the articles read.</summary>
    private sealed class Tally
    {
        public int Read, Inserted, Replaced, Unchanged, Duplicates, NearDuplicates, Events;
    }

    /// <summary>Turns the sequence of files met into progress: a file is done when the reader moves past it.</summary>
    private sealed class FileTracker(InputInventory inventory)
    {
        private string? _current;
        private bool _currentCounts;
        private int _filesDone;
        private long _bytesDone;

        public void Enter(string file, bool countsTowardsTotal)
        {
            if (file == _current) return;
            Finish();
            _current = file;
            _currentCounts = countsTowardsTotal;
        }

        public void Finish()
        {
            if (_current is null) return;
            // Files that were not in the inventory (missing paths, skipped types) would push past the total.
            if (_currentCounts && File.Exists(_current))
            {
                _filesDone++;
                _bytesDone += new FileInfo(_current).Length;
            }
            _current = null;
        }

        public IngestProgress Progress(int articlesRead) =>
            new(Math.Min(_filesDone, inventory.Files), inventory.Files, Math.Min(_bytesDone, inventory.Bytes), inventory.Bytes, articlesRead, _current ?? "");
    }
}
