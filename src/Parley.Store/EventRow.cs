namespace Parley.Store;

/// <summary>One event, flattened for tabular export; multi-valued fields are joined with <c>"; "</c>.</summary>
public sealed record EventRow(
    long EventKey,
    string ArticleId,
    string Type,
    string Mode,
    string? Start,
    string? End,
    string? Location,
    string Organizations,
    string Agreements,
    string Topics);
