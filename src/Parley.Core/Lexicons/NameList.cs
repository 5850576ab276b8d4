namespace Parley.Lexicons;

/// <summary>
/// A list of names from an embedded TSV, loaded on first use and matched ignoring case and diacritics.
/// Every column of a row is a spelling of the same name (e.g. "Nguyễn" and "Nguyen").
/// </summary>
internal sealed class NameList(string fileName)
{
    private readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> names =
        new(() => Load(fileName).GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the token is a listed name.</summary>
    public bool Contains(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return LexiconKey.IsIn(names.Value, token);
    }

    private static HashSet<string> Load(string fileName)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        LexiconResource.ForEachRow(fileName, f => set.Add(LexiconKey.Of(f[0])));
        return set;
    }
}
