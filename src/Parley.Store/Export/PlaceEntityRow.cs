namespace Parley.Store.Export;

/// <summary>One place entity (a gazetteer place something stored refers to, or an ancestor of one), for tabular export.</summary>
public sealed record PlaceEntityRow
{
    /// <summary>The entity id (stable: never renumbered).</summary>
    public required long PlaceKey { get; init; }

    /// <summary>The gazetteer's name.</summary>
    public required string Name { get; init; }

    /// <summary>country, province, prefecture, county or city.</summary>
    public required string Kind { get; init; }

    /// <summary>ISO 3166 two-letter country code.</summary>
    public required string CountryCode { get; init; }

    /// <summary>The enclosing place entity, or null for a country.</summary>
    public long? ParentKey { get; init; }

    /// <summary>The entry's id in Parley's gazetteer (data/places.tsv).</summary>
    public required long GazetteerId { get; init; }
}
