namespace Parley.Store.Queries;

/// <summary>Lists of entity ids made sorted and distinct in place: a node read twice for one event counts once.</summary>
internal static class SortedIds
{
    /// <summary>Sorts <paramref name="ids"/> and drops repeats, in place; returns it.</summary>
    public static List<long> SortDistinct(List<long> ids)
    {
        ids.Sort();
        var kept = 0;
        for (var i = 0; i < ids.Count; i++)
            if (i == 0 || ids[i] != ids[i - 1]) ids[kept++] = ids[i];
        ids.RemoveRange(kept, ids.Count - kept);
        return ids;
    }
}
