using Parley.Model;

namespace Parley.Store;

/// <summary>One ingested article: its source, its texts and what was extracted from it.</summary>
public sealed record ArticleToStore
{
    /// <summary>Identifies the input: a path, or <c>path#id</c> for one line of a JSON lines file.</summary>
    public required string SourceKey { get; init; }

    /// <summary>Where it came from, for messages (a path, or <c>path:line</c>).</summary>
    public required string Origin { get; init; }

    /// <summary>The record id (the input's base name, or the JSON line's id).</summary>
    public required string Id { get; init; }

    /// <summary>The page address when known.</summary>
    public string? Url { get; init; }

    /// <summary>The site (URL host) when known.</summary>
    public string? Site { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date, <c>YYYY-MM-DD</c>, when known.</summary>
    public string? Published { get; init; }

    /// <summary>The text as read from the input.</summary>
    public required string RawText { get; init; }

    /// <summary>The text after site furniture was removed; every evidence span points into it.</summary>
    public required string CleanedText { get; init; }

    /// <summary>Hash of the input's content (see <see cref="ContentHash"/>); equal hashes mean the same article.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The extracted record, with its evidence spans.</summary>
    public required ArticleRecord Record { get; init; }

    /// <summary>Spans the recognizers found, kept for provenance; may be empty.</summary>
    public IReadOnlyList<RecognizedMention> Mentions { get; init; } = [];
}
