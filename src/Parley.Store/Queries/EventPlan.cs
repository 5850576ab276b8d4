using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// How to find the events of a filter quickly. Each criterion with an index is probed (its matches counted
/// up to <see cref="ProbeCap"/>) and the narrowest is started from: its event
/// ids stream into a join with the events, and the other criteria are checked per event, one index look-up
/// each. SQLite cannot make this choice itself: it has no statistics on how many events a person, a place
/// or a topic has.
/// </summary>
internal sealed class EventPlan
{
    /// <summary>
    /// How far a criterion's matches are counted; beyond it a criterion counts as broad. Probes read index
    /// entries in order (a tenth of a microsecond each), so even a broad one costs a few milliseconds, while
    /// starting from the wrong one of two broad criteria can cost a hundred.
    /// </summary>
    public const int ProbeCap = 50_000;

    private EventPlan(EventSource all, EventSource newest, bool fromCandidates, DynamicParameters parameters)
    {
        All = all;
        Newest = newest;
        FromCandidates = fromCandidates;
        Parameters = parameters;
    }

    /// <summary>Every match, starting from the narrowest criterion.</summary>
    public EventSource All { get; }

    /// <summary>
    /// For reading the newest matches first: when every criterion is broad, only checks, so that SQLite walks
    /// the start dates backwards and stops at the page's end; else <see cref="All"/>.
    /// </summary>
    public EventSource Newest { get; }

    /// <summary>
    /// True when <see cref="All"/> starts from the candidates of fewer than <see cref="ProbeCap"/> index entries:
    /// every one of them is read whatever is asked, so a query that reads the matches twice (a count and a
    /// page) should gather them once.
    /// </summary>
    public bool FromCandidates { get; }

    /// <summary>The values both refer to.</summary>
    public DynamicParameters Parameters { get; }

    /// <summary>
    /// How many more index entries than the narrowest criterion's candidates another criterion may have and
    /// still be intersected with them. Checking a candidate costs an event look-up and an index look-up per
    /// criterion (several microseconds); intersecting reads index entries in order (a fraction of one each),
    /// so reading even sixteen times as many entries costs less than checking the candidates one by one.
    /// </summary>
    public const int IntersectionRatio = 16;

    /// <summary>Below this many candidates, checking them one by one is cheaper than reading a second index.</summary>
    public const int IntersectionFloor = 1_000;

    /// <summary>Plans the search for <paramref name="resolved"/>, probing inside <paramref name="transaction"/>.</summary>
    public static EventPlan For(SqliteConnection connection, SqliteTransaction transaction, ResolvedFilter resolved)
    {
        var conditions = EventConditions.For(connection, resolved);
        int Count(EventCondition condition, int cap) => connection.ExecuteScalar<int>(
            $"SELECT count(*) FROM ({condition.Probe} LIMIT {cap})", conditions.Parameters, transaction);
        var probed = conditions.All
            .Where(c => c.Probe is not null)
            .Select(c => (Condition: c, Matches: Count(c, ProbeCap)))
            .ToList();
        // MinBy keeps the first of equals: the criteria are listed narrowest-first by nature.
        var narrowest = probed.Count == 0 ? null : ((EventCondition Condition, int Matches)?)probed.MinBy(p => p.Matches);

        // A narrow start with many candidates is intersected with every other indexed criterion not too much
        // broader (counted further when the probe stopped at its cap): "--place Chongqing --topic energy"
        // then reads two index ranges instead of checking the topic of every event in the province.
        var started = new List<EventCondition>();
        if (narrowest is { Condition.Candidates: not null } start && start.Matches is >= IntersectionFloor and < ProbeCap)
        {
            var cap = start.Matches * IntersectionRatio;
            started.Add(start.Condition);
            started.AddRange(probed
                .Where(p => !ReferenceEquals(p.Condition, start.Condition) && p.Condition.Candidates is not null)
                .Where(p => p.Matches < ProbeCap ? p.Matches < cap : cap > ProbeCap && Count(p.Condition, cap) < cap)
                .Select(p => p.Condition));
        }
        else if (narrowest?.Condition is { } only) started.Add(only);

        EventSource StartingFrom(IReadOnlyList<EventCondition> starts)
        {
            var checks = conditions.All.Where(c => c.Candidates is null || !starts.Contains(c)).Select(c => c.Check).ToList();
            var where = checks.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", checks);
            var candidates = starts.Select(c => c.Candidates).OfType<string>().ToList();
            // INTERSECT and DISTINCT return each event once (an event can come twice: two names of one
            // organization in it), in id order; both stream into the join.
            return candidates.Count switch
            {
                0 => new EventSource("events e", where),
                1 => new EventSource($"(SELECT DISTINCT event_id FROM ({candidates[0]})) c CROSS JOIN events e ON e.id = c.event_id", where),
                _ => new EventSource(
                    $"({string.Join(" INTERSECT ", candidates.Select(q => $"SELECT event_id FROM ({q})"))}) c CROSS JOIN events e ON e.id = c.event_id", where),
            };
        }
        var all = StartingFrom(started);
        var fromCandidates = narrowest is { Condition.Candidates: not null, Matches: < ProbeCap };
        return new EventPlan(all, narrowest?.Matches >= ProbeCap ? StartingFrom([]) : all, fromCandidates, conditions.Parameters);
    }
}
