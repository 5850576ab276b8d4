namespace Parley.Store.Ingestion;

/// <summary>An input unit that was not stored: a failure the user can act on, or a skipped file.</summary>
/// <param name="File">The file's full path.</param>
/// <param name="Line">The 1-based line inside a JSON-lines file; null for whole files.</param>
/// <param name="Reason">Why, in words a user can act on; the same words for every input with this problem, so the summary groups by it.</param>
/// <param name="Detail">What is particular to this input (a size, a byte offset, the system's message), or null.</param>
public sealed record IngestProblem(string File, int? Line, string Reason, string? Detail = null)
{
    /// <summary><c>path:line</c> for JSON lines, else the path.</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;

    /// <inheritdoc />
    public override string ToString() => Detail is null ? $"{Location}: {Reason}" : $"{Location}: {Reason} ({Detail})";
}
