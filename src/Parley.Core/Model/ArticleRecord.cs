namespace Parley.Model;

/// <summary>
/// The per-article record defined by the extraction spec (shared/spec/extraction.md §1):
/// who met whom, when, where, in what role, about what. Extra fields (evidence) are allowed.
/// </summary>
public sealed record ArticleRecord
{
    /// <summary>The input's base name without extension.</summary>
    public required string Id { get; init; }

    /// <summary>The headline as written; not scored.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date <c>YYYY-MM-DD</c>, or null when the page has none.</summary>
    public string? Published { get; init; }

    /// <summary>Groups of organization names the article itself says are the same.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Aliases { get; init; } = [];

    /// <summary>Every person named with a full name in the body.</summary>
    public IReadOnlyList<PersonRecord> People { get; init; } = [];

    /// <summary>One entry per distinct engagement reported as having happened.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}
