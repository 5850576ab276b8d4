using System.Globalization;

namespace Parley.Fuzz.Tests;

/// <summary>The figures of one target's fuzz run, for the report.</summary>
internal sealed class FuzzRun(string target, int seed)
{
    /// <summary>The target's name.</summary>
    public string Target { get; } = target;

    /// <summary>Inputs tried.</summary>
    public long Inputs { get; private set; }

    /// <summary>Wall-clock time of the whole run, generation included.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>Largest input, in characters or bytes.</summary>
    public long LargestInput { get; private set; }

    /// <summary>All inputs' sizes summed.</summary>
    public long TotalSize { get; private set; }

    /// <summary>The slowest input: its processor time, size and iteration (to replay it).</summary>
    public (TimeSpan Time, long Size, long Iteration) Slowest { get; private set; }

    /// <summary>The input that allocated most: its bytes and size.</summary>
    public (long Bytes, long Size) Hungriest { get; private set; }

    /// <summary>Where a replayed input was saved, for a look at it; null in a normal run.</summary>
    public string? SavedInput { get; set; }

    /// <summary>Inputs tried per second.</summary>
    public double PerSecond => Elapsed > TimeSpan.Zero ? Inputs / Elapsed.TotalSeconds : 0;

    /// <summary>Counts one input; the slowest and hungriest are taken among the <paramref name="measured"/> ones (not the warm-up).</summary>
    public void Add(long iteration, long size, ResourceUse use, bool measured)
    {
        Inputs++;
        TotalSize += size;
        LargestInput = Math.Max(LargestInput, size);
        if (!measured) return;
        if (use.ProcessorTime > Slowest.Time) Slowest = (use.ProcessorTime, size, iteration);
        if (use.AllocatedBytes > Hungriest.Bytes) Hungriest = (use.AllocatedBytes, size);
    }

    /// <summary>One report line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fuzz {Target}: {Inputs:N0} inputs in {Elapsed.TotalSeconds:F1} s = {PerSecond:N0}/s (seed {seed}; {TotalSize / 1048576.0:F1} MB in all, " +
        $"largest {LargestInput / 1024.0:F0} KB; slowest {Slowest.Time.TotalMilliseconds:N0} ms of processor time for {Slowest.Size / 1024.0:F1} KB at iteration {Slowest.Iteration}; " +
        $"most allocated {Hungriest.Bytes / 1048576.0:F1} MB for {Hungriest.Size / 1024.0:F1} KB){(SavedInput is null ? "" : "; input saved to " + SavedInput)}");
}
