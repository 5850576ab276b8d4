using System.Runtime.InteropServices;
using Parley.Store.Queries;

namespace Parley.Store.Totals;

/// <summary>What a batch changes about one pair of nodes in one scope.</summary>
internal sealed class PairDelta
{
    public int Weight;

    /// <summary>Change in shared events per type, in <see cref="EdgeTally.TypeOrder"/>.</summary>
    public readonly int[] Types = new int[4];

    /// <summary>The earliest start and latest day among events added.</summary>
    public string? AddedFirst, AddedLast;

    /// <summary>The earliest start and latest day among events taken out: when one was the pair's first or last, those are read again.</summary>
    public string? RemovedFirst, RemovedLast;

    /// <summary>Change in shared events per topic.</summary>
    public Dictionary<string, int> Topics { get; } = new(StringComparer.Ordinal);

    public void Add(EventShare share, int type, int sign)
    {
        Weight += sign;
        Types[type] += sign;
        if (sign > 0)
        {
            AddedFirst = Earlier(AddedFirst, share.Start);
            AddedLast = Later(AddedLast, share.Last);
        }
        else
        {
            RemovedFirst = Earlier(RemovedFirst, share.Start);
            RemovedLast = Later(RemovedLast, share.Last);
        }
        foreach (var topic in share.Topics) CollectionsMarshal.GetValueRefOrAddDefault(Topics, topic, out _) += sign;
    }

    /// <summary>The earlier of two days; null counts as no day.</summary>
    public static string? Earlier(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    /// <summary>The later of two days; null counts as no day.</summary>
    public static string? Later(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;
}
