using System.Globalization;
using System.Text;

namespace Parley.Store.Queries;

/// <summary>
/// Passes a list of ids to SQL as one JSON array parameter read with <c>json_each</c>: one statement for any
/// number of ids, where expanding <c>IN (@a, @b, ...)</c> would hit SQLite's parameter limit on big sets.
/// </summary>
internal static class JsonIds
{
    /// <summary>The ids as a JSON array, e.g. <c>[3,17,42]</c>.</summary>
    public static string Of(IEnumerable<long> ids)
    {
        var json = new StringBuilder("[");
        foreach (var id in ids)
        {
            if (json.Length > 1) json.Append(',');
            json.Append(id.ToString(CultureInfo.InvariantCulture));
        }
        return json.Append(']').ToString();
    }
}
