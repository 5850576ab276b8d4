using System.Globalization;

namespace Parley.Bench;

/// <summary>Prints the measurements as a fixed-width table.</summary>
internal static class ResultTable
{
    /// <summary>Writes one row per pass, then the memory figures.</summary>
    public static void Print(TextWriter o, IEnumerable<ThroughputResult> results, string? notMeasured, long peakWorkingSet, long managedHeap)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Format(c, "{0,-24} {1,7} {2,10} {3,9} {4,10} {5,12} {6,10} {7,10} {8,10}",
            "measurement", "threads", "articles", "MB", "seconds", "articles/s", "MB/s", "cpu s", "MB/cpu-s"));
        o.WriteLine(new string('-', 110));
        foreach (var r in results)
            o.WriteLine(string.Format(c, "{0,-24} {1,7} {2,10} {3,9:F1} {4,10:F3} {5,12:F0} {6,10:F1} {7,10:F3} {8,10:F1}",
                r.Label, r.Threads, r.Articles, r.Bytes / 1e6, r.Elapsed.TotalSeconds, r.ArticlesPerSecond, r.MegabytesPerSecond,
                r.CpuTime.TotalSeconds, r.MegabytesPerCpuSecond));
        if (notMeasured is not null) o.WriteLine(string.Format(c, "{0,-24} {1}", notMeasured, "(not measured yet: see StoreIngestMeasurement)"));
        o.WriteLine(new string('-', 110));
        o.WriteLine(string.Format(c, "peak working set   {0,10:F1} MB", peakWorkingSet / 1048576.0));
        o.WriteLine(string.Format(c, "managed heap now   {0,10:F1} MB", managedHeap / 1048576.0));
        // Allocation drives collections: how many the whole run took, and how much it allocated.
        o.WriteLine(string.Format(c, "collections        {0,10} gen0, {1} gen1, {2} gen2; {3:F0} MB allocated",
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes() / 1048576.0));
    }
}
