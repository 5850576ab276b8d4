using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// How to find the events of a filter quickly. Each criterion with an index is probed (its matches counted
/// up to <see cref="ProbeCap"/>, a few milliseconds at most) and the narrowest is started from: its event
/// ids stream into a join with the events, and the other criteria are checked per event, one index look-up
/// each. SQLite cannot make this choice itself: it has no statistics on how many events a person, a place
/// or a topic has.
/// </summary>
internal sealed class EventPlan
{
    /// <summary>How far a criterion's matches are counted; beyond it a criterion counts as broad.</summary>
    public const int ProbeCap = 10_000;

    private EventPlan(EventSource all, EventSource newest, DynamicParameters parameters)
    {
        All = all;
        Newest = newest;
        Parameters = parameters;
    }

    /// <summary>Every match, starting from the narrowest criterion.</summary>
    public EventSource All { get; }

    /// <summary>
    /// For reading the newest matches first: when every criterion is broad, only checks, so that SQLite walks
    /// the start dates backwards and stops at the page's end; else <see cref="All"/>.
    /// </summary>
    public EventSource Newest { get; }

    /// <summary>The values both refer to.</summary>
    public DynamicParameters Parameters { get; }

    /// <summary>Plans the search for <paramref name="resolved"/>, probing inside <paramref name="transaction"/>.</summary>
    public static EventPlan For(SqliteConnection connection, SqliteTransaction transaction, ResolvedFilter resolved)
    {
        var conditions = EventConditions.For(connection, resolved);
        var probed = conditions.All
            .Where(c => c.Probe is not null)
            .Select(c => (Condition: c, Matches: connection.ExecuteScalar<int>(
                $"SELECT count(*) FROM ({c.Probe} LIMIT {ProbeCap})", conditions.Parameters, transaction)))
            .ToList();
        // MinBy keeps the first of equals: the criteria are listed narrowest-first by nature.
        var narrowest = probed.Count == 0 ? null : ((EventCondition Condition, int Matches)?)probed.MinBy(p => p.Matches);

        EventSource StartingFrom(EventCondition? start)
        {
            var checks = conditions.All.Where(c => !ReferenceEquals(c, start) || c.Candidates is null).Select(c => c.Check).ToList();
            var where = checks.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", checks);
            // DISTINCT: an event can come twice (two names of one organization in it); it still streams.
            return start?.Candidates is { } candidates
                ? new EventSource($"(SELECT DISTINCT event_id FROM ({candidates})) c CROSS JOIN events e ON e.id = c.event_id", where)
                : new EventSource("events e", where);
        }
        var all = StartingFrom(narrowest?.Condition);
        return new EventPlan(all, narrowest?.Matches >= ProbeCap ? StartingFrom(null) : all, conditions.Parameters);
    }
}
