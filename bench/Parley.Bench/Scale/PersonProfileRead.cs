using Parley.Store;
using Parley.Store.Identity;

namespace Parley.Bench.Scale;

/// <summary>
/// The reads of <c>parley person NAME</c>: the look-up of the name, then the profile (20 rows of each list,
/// the command's default). When several people share the name the command lists them and stops; the bench
/// reads the most mentioned one's profile as well, as the user's next command (<c>parley person P12</c>)
/// would, so a shared name is timed at its dearest.
/// </summary>
internal sealed class PersonProfileRead(SqliteKnowledgeStore store)
{
    /// <summary>Looks <paramref name="name"/> up and reads the profile; returns how many people the name has and the profile's size.</summary>
    public string Run(string name)
    {
        var lookup = PersonDirectory.Find(store, name);
        if (lookup.Matches.Count == 0) return "no such person";
        var profile = PersonProfiles.Read(store, lookup.Matches[0]);
        return $"{lookup.Matches.Count} with the name; P{profile.Person.Id}: {profile.EventCount:N0} events, {profile.SourceCount:N0} articles, {profile.Positions.Count} positions";
    }
}
