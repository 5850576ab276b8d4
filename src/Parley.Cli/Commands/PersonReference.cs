using Parley.Cli.Rendering;
using Parley.Store;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary>Turns what a user typed for a person (a name, or an id like <c>P12</c>) into one entity, or explains why not.</summary>
public static class PersonReference
{
    /// <summary>The one person <paramref name="reference"/> means; else null after writing why, with <paramref name="exitCode"/> set.</summary>
    public static PersonCandidate? Resolve(CliConsole console, SqliteKnowledgeStore store, string reference, out int exitCode)
    {
        var lookup = PersonDirectory.Find(store, reference);
        return ReferenceChoice.One(console, reference, ("person", "people"), lookup.Matches, lookup.Note, c => WriteCandidates(console, c), out exitCode);
    }

    /// <summary>Writes candidates as a table: id, name, the title they are known by, mentions and dates.</summary>
    public static void WriteCandidates(CliConsole console, IEnumerable<PersonCandidate> candidates)
    {
        var table = Tables.Create("id", "name", "known as", "mentions", "first seen", "last seen");
        foreach (var c in candidates)
            Tables.AddRow(table, c.Reference, c.Name, c.KnownAs, c.Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), c.FirstSeen, c.LastSeen);
        console.Ansi.Write(table);
    }
}
