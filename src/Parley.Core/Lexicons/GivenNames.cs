namespace Parley.Lexicons;

/// <summary>
/// Western and international given names ("John", "Ahmed", "Olga", "Kwame", "Nurlan") from the embedded
/// data/given_names.tsv. Some are also ordinary words ("May", "Will"), so callers should use this as one
/// signal among several.
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Names =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the token is a listed given name; ignores case and diacritics.</summary>
    public static bool Contains(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return LexiconKey.IsIn(Names.Value, token);
    }

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // name, gender, sources
        LexiconResource.ForEachRow("given_names.tsv", f => set.Add(LexiconKey.Of(f[0])));
        return set;
    }
}
