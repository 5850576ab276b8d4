namespace Parley.Lexicons;

/// <summary>Administrative level of a gazetteer entry, from the broadest down.</summary>
public enum PlaceKind
{
    /// <summary>A sovereign state or dependent territory.</summary>
    Country,
    /// <summary>A first-level division: Chinese province, autonomous region, municipality or SAR.</summary>
    Province,
    /// <summary>A Chinese prefecture-level division (prefecture-level city, prefecture, league, autonomous prefecture).</summary>
    Prefecture,
    /// <summary>A Chinese county-level division (county, district, county-level city, banner).</summary>
    County,
    /// <summary>A populated place: world cities, and the city entries of Chinese municipalities.</summary>
    City,
}
