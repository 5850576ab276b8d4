namespace Parley.Ingest;

/// <summary>
/// What reading produced for one input unit (a file, or one line of a JSON-lines file):
/// an article, a failure a user can act on, or a file that was skipped on purpose.
/// </summary>
public abstract record ReadOutcome
{
    private protected ReadOutcome() { }
}

/// <summary>An article that was read successfully.</summary>
/// <param name="Article">The article, its text as plain text.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the UTF-8 bytes of the text as read (before HTML reduction), to detect duplicates and changes.</param>
/// <param name="SourceKey">Stable key of the unit: the full path, or <c>path#id</c> for a JSON line.</param>
public sealed record ArticleRead(SourceArticle Article, string ContentHash, string SourceKey) : ReadOutcome;

/// <summary>An input unit that could not be read as an article.</summary>
/// <param name="Origin">The file's full path.</param>
/// <param name="Line">The 1-based line number inside a JSON-lines file; null for whole files.</param>
/// <param name="Reason">Why, in words a user can act on; the same words for every input with this problem, so summaries can group by it.</param>
/// <param name="Detail">What is particular to this input (a size, a byte offset, the system's message), or null.</param>
public sealed record ReadFailure(string Origin, int? Line, string Reason, string? Detail = null) : ReadOutcome
{
    /// <summary><c>path:line</c> for JSON lines, else the path.</summary>
    public string Location => Line is { } line ? $"{Origin}:{line}" : Origin;

    /// <inheritdoc />
    public override string ToString() => Detail is null ? $"{Location}: {Reason}" : $"{Location}: {Reason} ({Detail})";
}

/// <summary>A file met during a folder walk whose type is not an article format; reported so it can be counted.</summary>
/// <param name="Origin">The file's full path.</param>
public sealed record FileSkipped(string Origin) : ReadOutcome;
