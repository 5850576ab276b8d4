namespace Parley.Store.NearDuplicates;

/// <summary>
/// Whether two articles with nearly the same wording tell of different people. Formulaic stories on one
/// site (the same courtesy call with another guest) share most of their words but not their guests; two
/// copies of one story name the same people, up to the extractor's slips on edited wording: a name found
/// on one side only, or found longer or shorter ("Kumar Joshi" for "Ravi Kumar Joshi").
/// Event dates are not compared: over the shared corpus, edits moved the event dates of 2 of 92 republished
/// copies both ways, while the people of every copy still agreed with its original's.
/// </summary>
public static class PeopleDisagreement
{
    /// <summary>
    /// True when each list holds a person the other does not, comparing <see cref="Parley.Text.NameKey"/> keys
    /// and taking two names for one person when the words of one are all in the other.
    /// </summary>
    public static bool Between(IReadOnlyList<string> someKeys, IReadOnlyList<string> otherKeys)
    {
        var some = someKeys.Select(Words).ToList();
        var other = otherKeys.Select(Words).ToList();
        return HasOneMissingFrom(some, other) && HasOneMissingFrom(other, some);
    }

    private static bool HasOneMissingFrom(List<HashSet<string>> people, List<HashSet<string>> others) =>
        people.Any(person => !others.Any(o => person.IsSubsetOf(o) || o.IsSubsetOf(person)));

    private static HashSet<string> Words(string key) => new(key.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
