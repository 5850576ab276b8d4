using Parley.Store.Queries;

namespace Parley.Cli.Rendering;

/// <summary>
/// Tells the user what the names in a filter turned out to mean: nothing stored (so nothing matched), or
/// several entities (whose events are all included). Written to standard error, so --json output stays clean.
/// </summary>
internal static class FilterNotes
{
    /// <summary>Writes one line per name that matched no entity or more than one.</summary>
    public static void Write(CliConsole console, ResolvedFilter resolved)
    {
        Note(console, "person", resolved.Filter.Person, resolved.People, "people");
        Note(console, "organization", resolved.Filter.Organization, resolved.Organizations, "organizations");
        Note(console, "place", resolved.Filter.Place, resolved.Places, "places");
    }

    private static void Note(CliConsole console, string kind, string? name, IReadOnlyList<EntityMatch>? matches, string plural)
    {
        switch (matches)
        {
            case []:
                console.Error.WriteLine($"No stored {kind} is called '{name}'.");
                break;
            case { Count: > 1 }:
                var which = string.Join(", ", matches.Select(m => $"#{m.Id} {m.Name}"));
                console.Error.WriteLine($"'{name}' names {matches.Count} {plural} ({which}); the events of each are included.");
                break;
        }
    }
}
