using Dapper;
using Microsoft.Data.Sqlite;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// Keeps the who-met-whom totals (migration 0006) in step with the stored events: each pending event's
/// recorded share is taken out and its current share added. Writers call <see cref="CatchUp"/> inside their
/// transaction, just before committing, so committed totals always match committed events.
/// </summary>
internal static class NetworkTotals
{
    /// <summary>Events handled per step: enough that rows shared by many events are written once, few enough to hold in memory.</summary>
    public const int Batch = 20_000;

    /// <summary>Brings the totals up to date with every pending event, in steps of <paramref name="batch"/> events.</summary>
    public static void CatchUp(SqliteConnection connection, SqliteTransaction transaction, int batch = Batch)
    {
        while (CatchUpOnce(connection, transaction, batch) == batch)
        {
        }
    }

    /// <summary>Handles at most <paramref name="batch"/> pending events; returns how many it handled.</summary>
    public static int CatchUpOnce(SqliteConnection connection, SqliteTransaction transaction, int batch)
    {
        var pending = connection.Query<long>("SELECT event_id FROM network_pending ORDER BY event_id LIMIT @Batch", new { Batch = batch }, transaction).AsList();
        if (pending.Count == 0) return 0;
        var ids = JsonIds.Of(pending);
        var recorded = EventShareReader.Recorded(connection, transaction, ids);
        var current = EventShareReader.Current(connection, transaction, ids);
        // Most pending events are unchanged in everything counted (a merge touches every event of a name, say):
        // those are left as they are.
        foreach (var id in pending)
            if (recorded.TryGetValue(id, out var before) && current.TryGetValue(id, out var now) && before.AddsTheSameAs(now))
            {
                recorded.Remove(id);
                current.Remove(id);
            }

        var scopes = PlaceScopes(connection, transaction, recorded.Values.Concat(current.Values));
        var delta = new TotalsDelta();
        foreach (var share in recorded.Values) delta.Add(share, -1, ScopesOf(share, scopes));
        foreach (var share in current.Values) delta.Add(share, +1, ScopesOf(share, scopes));
        var changed = JsonIds.Of(recorded.Keys.Union(current.Keys));
        EventShareReader.Record(connection, transaction, changed, current.Values);
        new TotalsWriter(connection, transaction).Apply(delta);
        connection.Execute("DELETE FROM network_pending WHERE event_id IN (SELECT value FROM json_each(@Ids))", new { Ids = ids }, transaction);
        return pending.Count;
    }

    /// <summary>True when every stored event's share is in the totals, as seen by <paramref name="transaction"/>.</summary>
    public static bool AreCurrent(SqliteConnection connection, SqliteTransaction? transaction) =>
        !connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM network_pending)", transaction: transaction);

    /// <summary>Each place's scopes: the place and its ancestors (place_ancestors holds both, depth 0 being the place).</summary>
    private static Dictionary<long, List<long>> PlaceScopes(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<EventShare> shares)
    {
        var places = shares.Select(s => s.Place).OfType<long>().Distinct().ToList();
        return connection.Query<(long Place, long Ancestor)>(
                "SELECT place_entity_id, ancestor_id FROM place_ancestors WHERE place_entity_id IN (SELECT value FROM json_each(@Ids))",
                new { Ids = JsonIds.Of(places) }, transaction)
            .GroupBy(r => r.Place)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Ancestor).ToList());
    }

    private static IReadOnlyList<long> ScopesOf(EventShare share, Dictionary<long, List<long>> scopes) =>
        share.Place is { } place ? scopes.GetValueOrDefault(place) ?? [] : [];
}
