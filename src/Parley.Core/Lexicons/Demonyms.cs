using System.Diagnostics.CodeAnalysis;

namespace Parley.Lexicons;

/// <summary>
/// Nationality adjectives ("Vietnamese", "Chinese", "Kazakhstani") and their countries, from the
/// embedded data/demonyms.tsv. Loaded on first use; safe to share between threads.
/// </summary>
public static class Demonyms
{
    private static readonly Lazy<Dictionary<string, (string Country, string Code)>.AlternateLookup<ReadOnlySpan<char>>> Table =
        new(() => Load().GetAlternateLookup<ReadOnlySpan<char>>(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The country (common English name, as in the gazetteer) an adjective refers to; ignores case and
    /// diacritics. Where several countries share an adjective ("Congolese") the first in the source wins.
    /// </summary>
    public static bool TryGetCountry(string adjective, [NotNullWhen(true)] out string? country)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        if (LexiconKey.TryGet(Table.Value, adjective, out var hit))
        {
            country = hit.Country;
            return true;
        }
        country = null;
        return false;
    }

    /// <summary>The ISO 3166-1 alpha-2 code an adjective refers to, or null.</summary>
    public static string? CountryCodeOf(string adjective)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        return LexiconKey.TryGet(Table.Value, adjective, out var hit) ? hit.Code : null;
    }

    private static Dictionary<string, (string, string)> Load()
    {
        var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        // adjective, country, country_code
        LexiconResource.ForEachRow("demonyms.tsv", f => table.TryAdd(LexiconKey.Of(f[0]), (f[1], f[2])));
        return table;
    }
}
