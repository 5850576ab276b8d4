using Parley.Lexicons;

namespace Parley.Events;

/// <summary>
/// Questions about how places written in an article nest, answered from the gazetteer's hierarchy:
/// is "Jinan" inside "Shandong", how specific is "Yinchuan", which city is "Pudong" a district of.
/// Names are looked up with every reading the gazetteer has, since a name may mean several entries.
/// </summary>
public static class PlaceHierarchy
{
    /// <summary>True when the best reading of <paramref name="inner"/> lies strictly inside some reading of <paramref name="outer"/>.</summary>
    public static bool IsWithin(string inner, string outer) => IsWithin(inner.AsSpan(), outer.AsSpan());

    /// <summary>As <see cref="IsWithin(string, string)"/>, for names read straight from a text.</summary>
    public static bool IsWithin(ReadOnlySpan<char> inner, ReadOnlySpan<char> outer)
    {
        var outers = Gazetteer.Default.FindAll(outer);
        if (outers.Count == 0) return false;
        // The inner name's best reading only: "Bali" is the Indonesian island, not a namesake county inside China.
        if (!Gazetteer.Default.TryFind(inner, out var place)) return false;
        foreach (var ancestor in Gazetteer.Default.Ancestors(place))
            foreach (var o in outers)
                if (o.Id == ancestor.Id) return true;
        return false;
    }

    /// <summary>
    /// The city an urban district belongs to ("Pudong" → "Shanghai"), or null when the name is not a
    /// district. A record names the city where an event took place, and a district is part of one;
    /// county-level cities ("Yiwu") are cities of their own.
    /// </summary>
    public static string? CityOfDistrict(string name)
    {
        if (!Gazetteer.Default.TryFind(name, out var place) || place.Kind != PlaceKind.County) return null;
        var isDistrict = place.Aliases.Any(a => a.EndsWith(" District", StringComparison.OrdinalIgnoreCase)
                                                || a.EndsWith(" New Area", StringComparison.OrdinalIgnoreCase));
        return isDistrict ? Gazetteer.Default.Parent(place)?.Name : null;
    }
}
