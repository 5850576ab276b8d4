namespace Parley.Lexicons;

/// <summary>One gazetteer entry.</summary>
/// <param name="Id">Row id in data/places.tsv; stable only within one build of the data.</param>
/// <param name="Name">Preferred English-style name ("Chifeng", "Inner Mongolia", "Almaty").</param>
/// <param name="Kind">Administrative level.</param>
/// <param name="ParentId">Id of the enclosing entry; null for countries.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code (Hong Kong, Macao and Taiwan keep their own codes under China).</param>
public sealed record Place(int Id, string Name, PlaceKind Kind, int? ParentId, string CountryCode)
{
    /// <summary>Population from the source where known (world cities), else 0.</summary>
    public int Population { get; init; }

    /// <summary>Other names the entry is found by (official names, "X City", "X Autonomous Region"…).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
