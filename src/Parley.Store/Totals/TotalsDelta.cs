using System.Runtime.InteropServices;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>
/// The changes a batch of events makes to the totals, added up in memory first so that each total row is
/// written once per batch however many of the batch's events touch it.
/// </summary>
internal sealed class TotalsDelta
{
    /// <summary>Change in events per (level, scope).</summary>
    public Dictionary<(int Level, long Scope), int> Scopes { get; } = [];

    /// <summary>Change in events per (level, scope, node).</summary>
    public Dictionary<(int Level, long Scope, long Node), int> Nodes { get; } = [];

    /// <summary>Changes per (level, scope, source, target).</summary>
    public Dictionary<(int Level, long Scope, long Source, long Target), PairDelta> Pairs { get; } = [];

    /// <summary>Adds (<paramref name="sign"/> 1) or takes out (-1) one event's share in each of its <paramref name="placeScopes"/> and the whole store.</summary>
    public void Add(EventShare share, int sign, IReadOnlyList<long> placeScopes)
    {
        var type = EdgeTally.TypeIndex(share.Type);
        foreach (var level in TotalsLevels.All)
        {
            Count(level, TotalsLevels.WholeStore, share, type, sign);
            if (!TotalsLevels.KeptPerPlace(level)) continue;
            foreach (var scope in placeScopes) Count(level, scope, share, type, sign);
        }
    }

    private void Count(int level, long scope, EventShare share, int type, int sign)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(Scopes, (level, scope), out _) += sign;
        var members = share.Members(level);
        foreach (var node in members) CollectionsMarshal.GetValueRefOrAddDefault(Nodes, (level, scope, node), out _) += sign;
        for (var i = 0; i < members.Count; i++)
            for (var j = i + 1; j < members.Count; j++)
            {
                ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(Pairs, (level, scope, members[i], members[j]), out var exists);
                if (!exists) pair = new PairDelta();
                pair!.Add(share, type, sign);
            }
    }
}
