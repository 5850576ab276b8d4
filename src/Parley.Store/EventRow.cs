namespace Parley.Store;

/// <summary>One event, flattened for tabular export; multi-valued fields are joined with <c>"; "</c>.</summary>
/// <remarks>
/// Init properties rather than a positional record: the joined fields are computed columns, which SQLite
/// types as BLOB when a query has no rows, and Dapper only matches constructors on exact column types.
/// </remarks>
public sealed record EventRow
{
    /// <summary>The store's key for the event.</summary>
    public required long EventKey { get; init; }

    /// <summary>The record id of the article it was reported in.</summary>
    public required string ArticleId { get; init; }

    /// <summary>meeting, visit, conference or signing.</summary>
    public required string Type { get; init; }

    /// <summary>in_person or virtual.</summary>
    public required string Mode { get; init; }

    /// <summary>First day, or null.</summary>
    public string? Start { get; init; }

    /// <summary>Last day, or null.</summary>
    public string? End { get; init; }

    /// <summary>Where, as written, or null.</summary>
    public string? Location { get; init; }

    /// <summary>The place entity the location resolved to (a gazetteer place), or null.</summary>
    public long? PlaceKey { get; init; }

    /// <summary>Organizations as written, in the record's order, joined with "; "; empty when none.</summary>
    public string Organizations { get; init; } = "";

    /// <summary>Agreements signed, joined with "; "; empty when none.</summary>
    public string Agreements { get; init; } = "";

    /// <summary>Topic labels, joined with "; "; empty when none.</summary>
    public string Topics { get; init; } = "";
}
