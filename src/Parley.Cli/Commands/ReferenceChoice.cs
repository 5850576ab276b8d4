namespace Parley.Cli.Commands;

/// <summary>
/// Picks the one entity a reference typed by the user (a name, or an id such as <c>P12</c>) means among what a
/// look-up found, or says why it cannot: nothing fits, or several do (listed, so the user can pick an id).
/// </summary>
public static class ReferenceChoice
{
    /// <summary>Exit code when nothing fits.</summary>
    public const int NotFound = 1;

    /// <summary>Exit code when a name fits several entities.</summary>
    public const int Ambiguous = 2;

    /// <summary>The single match; else null after writing why, with <paramref name="exitCode"/> set.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="reference">What the user typed.</param>
    /// <param name="noun">The kind of entity, singular and plural ("person", "people").</param>
    /// <param name="matches">What the look-up found.</param>
    /// <param name="note">Something the look-up wants the user to know (an id merged into another), or null.</param>
    /// <param name="writeCandidates">Lists several matches.</param>
    /// <param name="exitCode">0, <see cref="NotFound"/> or <see cref="Ambiguous"/>.</param>
    public static T? One<T>(CliConsole console, string reference, (string One, string Many) noun, IReadOnlyList<T> matches, string? note,
        Action<IReadOnlyList<T>> writeCandidates, out int exitCode) where T : class
    {
        if (note is not null) console.Error.WriteLine(note);
        exitCode = 0;
        switch (matches)
        {
            case [var one]:
                return one;
            case []:
                console.Error.WriteLine($"no {noun.One} \"{reference}\" in the knowledge base");
                exitCode = NotFound;
                return null;
            default:
                console.Out.WriteLine($"\"{reference}\" may mean {matches.Count} {noun.Many}; name one by its id:");
                writeCandidates(matches);
                exitCode = Ambiguous;
                return null;
        }
    }
}
