using System.Globalization;
using Parley.Cli.Rendering;
using Parley.Store;
using Parley.Store.Identity;

namespace Parley.Cli.Commands;

/// <summary>Turns what a user typed for an organization (a name, or an id like <c>O7</c>) into one entity, or explains why not.</summary>
public static class OrgReference
{
    /// <summary>The one organization <paramref name="reference"/> means; else null after writing why, with <paramref name="exitCode"/> set.</summary>
    public static OrganizationCandidate? Resolve(CliConsole console, SqliteKnowledgeStore store, string reference, out int exitCode)
    {
        var lookup = OrganizationDirectory.Find(store, reference);
        return ReferenceChoice.One(console, reference, ("organization", "organizations"), lookup.Matches, lookup.Note, candidates =>
        {
            var table = Tables.Create("id", "name", "place", "articles");
            foreach (var c in candidates) Tables.AddRow(table, c.Reference, c.Name, c.Place, c.Articles.ToString(CultureInfo.InvariantCulture));
            console.Ansi.Write(table);
        }, out exitCode);
    }
}
