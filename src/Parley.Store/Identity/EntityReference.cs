using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Identity;

/// <summary>Reads entity ids as users write them: a letter for the kind and the number (<c>P12</c>, <c>O7</c>).</summary>
internal static partial class EntityReference
{
    /// <summary>The number of <paramref name="reference"/> when it is an id of the kind <paramref name="prefix"/>, else null.</summary>
    public static long? Id(string reference, char prefix)
    {
        var match = IdShape().Match(reference.Trim());
        return match.Success && char.ToUpperInvariant(match.Groups[1].Value[0]) == prefix
            && long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>
    /// The entity <paramref name="id"/> ends at when merges are followed in <paramref name="table"/>
    /// (<c>person_entities</c> or <c>organization_entities</c>): a user may hold an id from before a merge.
    /// </summary>
    public static long FollowMerges(SqliteConnection connection, string table, long id)
    {
        var live = id;
        while (connection.ExecuteScalar<long?>($"SELECT merged_into FROM {table} WHERE id = @Id", new { Id = live }) is { } next) live = next;
        return live;
    }

    [GeneratedRegex(@"^([A-Za-z])(\d{1,18})$")]
    private static partial Regex IdShape();
}
