namespace Parley.Store.Ingestion;

/// <summary>An input unit that was not stored: a failure the user can act on, or a skipped file.</summary>
/// <param name="File">The file's full path.</param>
/// <param name="Line">The 1-based line inside a JSON-lines file; null for whole files.</param>
/// <param name="Reason">Why, in words a user can act on.</param>
public sealed record IngestProblem(string File, int? Line, string Reason)
{
    /// <summary><c>path:line</c> for JSON lines, else the path.</summary>
    public string Location => Line is { } line ? $"{File}:{line}" : File;

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Reason}";
}
