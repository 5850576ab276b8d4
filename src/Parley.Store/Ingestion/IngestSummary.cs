namespace Parley.Store.Ingestion;

/// <summary>What one ingest run did, for the CLI to render and tests to check.</summary>
public sealed record IngestSummary
{
    /// <summary>Articles read successfully (each then inserted, replaced, unchanged, a duplicate or a near-duplicate, or failed).</summary>
    public int ArticlesRead { get; init; }

    /// <summary>New articles stored.</summary>
    public int Inserted { get; init; }

    /// <summary>Articles whose input changed and whose old rows were replaced.</summary>
    public int Replaced { get; init; }

    /// <summary>Articles already stored with the same content: nothing was written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Articles whose content is already stored under another input.</summary>
    public int Duplicates { get; init; }

    /// <summary>Articles stored but linked to an earlier article telling the same story; their events are not counted.</summary>
    public int NearDuplicates { get; init; }

    /// <summary>Files in the given folders that are not an article format.</summary>
    public IReadOnlyList<IngestProblem> Skipped { get; init; } = [];

    /// <summary>Inputs that could not be read, extracted or stored, in the order met.</summary>
    public IReadOnlyList<IngestProblem> Failures { get; init; } = [];

    /// <summary>True when the run stopped early because it was cancelled (Ctrl-C).</summary>
    public bool Cancelled { get; init; }

    /// <summary>True when <see cref="IngestOptions.Strict"/> stopped the run at the first failure.</summary>
    public bool StoppedAtFailure { get; init; }

    /// <summary>
    /// Why the run stopped early because the knowledge base could not be written (disk full, locked, read-only,
    /// damaged), in words a user can act on; null when it did not.
    /// </summary>
    public string? StoreFailure { get; init; }

    /// <summary>What the store holds after the run.</summary>
    public required StoreCounts Counts { get; init; }

    /// <summary>The newest events in the store after the run.</summary>
    public IReadOnlyList<EventSummary> RecentEvents { get; init; } = [];

    /// <summary>Events extracted from the articles this run inserted or replaced (near-duplicates' not counted).</summary>
    public int EventsExtracted { get; init; }

    /// <summary>True when every input was read and stored (skipped files are not failures).</summary>
    public bool Succeeded => Failures.Count == 0 && !Cancelled && StoreFailure is null;
}
