namespace Parley.Lexicons;

/// <summary>
/// Common Vietnamese family names (Nguyễn, Trần, Lê, Phạm…) from the embedded data/vietnamese_surnames.tsv,
/// matched with or without diacritics ("Nguyen", "NGUYỄN").
/// </summary>
public static class VietnameseSurnames
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Names =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when the token is a listed Vietnamese family name.</summary>
    public static bool Contains(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return LexiconKey.IsIn(Names.Value, token);
    }

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // name, ascii
        LexiconResource.ForEachRow("vietnamese_surnames.tsv", f =>
        {
            set.Add(LexiconKey.Of(f[0]));
            set.Add(LexiconKey.Of(f[1]));
        });
        return set;
    }
}
