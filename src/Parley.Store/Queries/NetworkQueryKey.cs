using System.Globalization;
using System.Text.Json;

namespace Parley.Store.Queries;

/// <summary>The arguments of a network query as one string, the key of its kept answer.</summary>
internal static class NetworkQueryKey
{
    /// <summary>
    /// The level, the edge limit and every criterion of <paramref name="filter"/> as written, as JSON (so no two
    /// different filters share a key). The criteria are read by reflection, so one added to <see cref="EventFilter"/>
    /// later is part of the key without anyone remembering to add it here.
    /// </summary>
    public static string Of(EventFilter filter, NetworkLevel level, int edgeLimit)
    {
        var arguments = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["(level)"] = level.ToString(),
            ["(edge limit)"] = edgeLimit.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var property in typeof(EventFilter).GetProperties().Where(p => p.GetMethod is { IsStatic: false }))
            arguments[property.Name] = Convert.ToString(property.GetValue(filter), CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(arguments);
    }
}
