using System.Runtime.InteropServices;
using Parley.Model;

namespace Parley.Store.Queries;

/// <summary>
/// Adds up matched events into weighted edges: every pair of distinct nodes of an event gains one shared
/// event, its dates, type and topics. Done in memory, one pass over the events, because SQLite would
/// have to sort every pair of every event to group them.
/// </summary>
internal sealed class EdgeTally(IReadOnlyList<string> topicLabels)
{
    /// <summary>The event types in the spec's order; a type's bit in an edge's mask is its index here.</summary>
    public static readonly IReadOnlyList<string> TypeOrder = [EventTypes.Meeting, EventTypes.Visit, EventTypes.Conference, EventTypes.Signing];

    private readonly Dictionary<(long, long), Shared> edges = [];
    private readonly Dictionary<long, int> nodeEvents = [];

    /// <summary>Counts one event: its nodes once each, and one shared event for every pair of them.</summary>
    public void Add(MatchedEvent matched)
    {
        var members = matched.Members;
        members.Sort();
        var distinct = 0;
        for (var i = 0; i < members.Count; i++)
            if (i == 0 || members[i] != members[i - 1]) members[distinct++] = members[i];
        members.RemoveRange(distinct, members.Count - distinct);

        foreach (var node in members) CollectionsMarshal.GetValueRefOrAddDefault(nodeEvents, node, out _)++;
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(edges, (members[i], members[j]), out _);
                (shared ??= new Shared()).Add(matched, topicLabels.Count);
            }
    }

    /// <summary>How many pairs of nodes shared an event.</summary>
    public int EdgeCount => edges.Count;

    /// <summary>How many nodes are on at least one edge.</summary>
    public int NodeCount()
    {
        var onEdges = new HashSet<long>();
        foreach (var (source, target) in edges.Keys)
        {
            onEdges.Add(source);
            onEdges.Add(target);
        }
        return onEdges.Count;
    }

    /// <summary>How many counted events <paramref name="node"/> took part in.</summary>
    public int EventsOf(long node) => nodeEvents[node];

    /// <summary>
    /// The <paramref name="limit"/> heaviest edges (all when 0), then most recent, then by node ids. Only
    /// those are turned into results: a province's network has a hundred thousand pairs, a table shows fifty.
    /// </summary>
    public List<NetworkEdge> Edges(int limit)
    {
        var ordered = edges
            .OrderByDescending(pair => pair.Value.Weight)
            .ThenByDescending(pair => pair.Value.Last, StringComparer.Ordinal)
            .ThenBy(pair => pair.Key.Item1)
            .ThenBy(pair => pair.Key.Item2);
        return (limit == 0 ? ordered : ordered.Take(limit))
            .Select(pair => pair.Value.ToEdge(pair.Key.Item1, pair.Key.Item2, topicLabels))
            .ToList();
    }

    /// <summary>What two nodes shared so far.</summary>
    private sealed class Shared
    {
        private string? first;
        private int typeMask;
        private int[]? topicEvents;

        /// <summary>How many events the two shared.</summary>
        public int Weight { get; private set; }

        /// <summary>The latest day among them, or null.</summary>
        public string? Last { get; private set; }

        public void Add(MatchedEvent matched, int topicCount)
        {
            Weight++;
            if (matched.Start is { } start && (first is null || string.CompareOrdinal(start, first) < 0)) first = start;
            if (matched.Last is { } end && (Last is null || string.CompareOrdinal(end, Last) > 0)) Last = end;
            typeMask |= 1 << matched.Type;
            if (matched.Topics.Count == 0) return;
            topicEvents ??= new int[topicCount];
            foreach (var topic in matched.Topics) topicEvents[topic]++;
        }

        public NetworkEdge ToEdge(long source, long target, IReadOnlyList<string> topicLabels)
        {
            var types = TypeOrder.Where((_, i) => (typeMask & (1 << i)) != 0).ToArray();
            var topics = topicEvents is null
                ? []
                : topicEvents.Select((events, i) => new TopicCount(topicLabels[i], events))
                    .Where(t => t.Events > 0)
                    .OrderByDescending(t => t.Events)
                    .ThenBy(t => t.Topic, StringComparer.Ordinal)
                    .ToArray();
            return new NetworkEdge(source, target, Weight, first, Last, types, topics);
        }
    }
}
