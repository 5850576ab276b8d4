using System.Runtime.InteropServices;
using Parley.Model;

namespace Parley.Store.Queries;

/// <summary>
/// Adds up matched events into weighted edges: every pair of distinct nodes of an event gains one shared
/// event, its dates and type. Done in memory, one pass over the events, because SQLite would have to sort
/// every pair of every event to group them; a province's network has hundreds of thousands of pairs, so
/// the tallies are structs in the dictionary, not objects.
/// </summary>
internal sealed class EdgeTally
{
    /// <summary>The event types in the spec's order; a type's bit in an edge's mask is its index here.</summary>
    public static readonly IReadOnlyList<string> TypeOrder = [EventTypes.Meeting, EventTypes.Visit, EventTypes.Conference, EventTypes.Signing];

    private static readonly Dictionary<string, int> TypeIndexes = TypeOrder.Select((type, i) => (type, i)).ToDictionary(p => p.type, p => p.i);

    /// <summary>The index of <paramref name="type"/> in <see cref="TypeOrder"/>.</summary>
    public static int TypeIndex(string type) =>
        TypeIndexes.TryGetValue(type, out var index) ? index : throw new InvalidOperationException($"Unknown event type '{type}'.");

    private readonly Dictionary<(long, long), Shared> edges = [];
    private readonly Dictionary<long, NodeTally> nodes = [];

    /// <summary>Counts one event: its nodes once each, and one shared event for every pair of them.</summary>
    public void Add(MatchedEvent matched)
    {
        var members = matched.DistinctMembers();
        foreach (var node in members)
        {
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(nodes, node, out _);
            tally.Events++;
            tally.OnEdge |= members.Count > 1;
        }
        foreach (var pair in matched.Pairs()) CollectionsMarshal.GetValueRefOrAddDefault(edges, pair, out _).Add(matched);
    }

    /// <summary>How many pairs of nodes shared an event.</summary>
    public int EdgeCount => edges.Count;

    /// <summary>How many nodes are on at least one edge.</summary>
    public int NodeCount => nodes.Values.Count(n => n.OnEdge);

    /// <summary>How many counted events <paramref name="node"/> took part in.</summary>
    public int EventsOf(long node) => nodes[node].Events;

    /// <summary>
    /// The <paramref name="limit"/> heaviest pairs (all when 0), then the most recent, then by node ids. A
    /// bounded heap picks them in one pass: a province's network has a hundred thousand pairs, a table shows fifty.
    /// </summary>
    public List<(long Source, long Target)> Heaviest(int limit)
    {
        var ranks = edges.Select(pair => new Rank(pair.Value.Weight, pair.Value.Last, pair.Key.Item1, pair.Key.Item2));
        if (limit == 0 || limit >= edges.Count) return ranks.Order(ListingOrder.Instance).Select(r => (r.Source, r.Target)).ToList();
        // The heap's root is the last in listing order of the best so far; a pair listed before it replaces it.
        var best = new PriorityQueue<Rank, Rank>(limit, Comparer<Rank>.Create((x, y) => ListingOrder.Instance.Compare(y, x)));
        foreach (var rank in ranks)
        {
            if (best.Count < limit) best.Enqueue(rank, rank);
            else if (ListingOrder.Instance.Compare(rank, best.Peek()) < 0) best.EnqueueDequeue(rank, rank);
        }
        var chosen = new List<(long, long)>(limit);
        while (best.Count > 0)
        {
            var rank = best.Dequeue();
            chosen.Add((rank.Source, rank.Target));
        }
        chosen.Reverse();
        return chosen;
    }

    /// <summary>The edge between a pair, with the topics of its shared events.</summary>
    public NetworkEdge Edge((long Source, long Target) pair, IReadOnlyList<TopicCount> topics)
    {
        var shared = edges[pair];
        var types = TypeOrder.Where((_, i) => (shared.TypeMask & (1 << i)) != 0).ToArray();
        return new NetworkEdge(pair.Source, pair.Target, shared.Weight, shared.First, shared.Last, types, topics);
    }

    /// <summary>What decides a pair's place in the listing.</summary>
    private readonly record struct Rank(int Weight, string? Last, long Source, long Target);

    /// <summary>Heavier first, then more recent (undated last), then smaller node ids.</summary>
    private sealed class ListingOrder : IComparer<Rank>
    {
        public static ListingOrder Instance { get; } = new();

        public int Compare(Rank x, Rank y)
        {
            var byWeight = y.Weight.CompareTo(x.Weight);
            if (byWeight != 0) return byWeight;
            var byLast = string.CompareOrdinal(y.Last, x.Last);
            if (byLast != 0) return byLast;
            var bySource = x.Source.CompareTo(y.Source);
            return bySource != 0 ? bySource : x.Target.CompareTo(y.Target);
        }
    }

    /// <summary>What one node took part in.</summary>
    private struct NodeTally
    {
        public int Events;
        public bool OnEdge;
    }

    /// <summary>What two nodes shared so far.</summary>
    private struct Shared
    {
        public int Weight;
        public string? First;
        public string? Last;
        public int TypeMask;

        public void Add(MatchedEvent matched)
        {
            Weight++;
            if (matched.Start is { } start && (First is null || string.CompareOrdinal(start, First) < 0)) First = start;
            if (matched.Last is { } end && (Last is null || string.CompareOrdinal(end, Last) > 0)) Last = end;
            TypeMask |= 1 << matched.Type;
        }
    }
}
