namespace Parley.Bench;

/// <summary>The outcome of one measured pass.</summary>
/// <param name="Label">What was measured.</param>
/// <param name="Threads">Threads used.</param>
/// <param name="Articles">Articles processed.</param>
/// <param name="Bytes">UTF-8 bytes of text processed.</param>
/// <param name="Elapsed">Wall-clock time of the pass.</param>
/// <param name="CpuTime">CPU time the process used during the pass (see <see cref="PassClock"/>).</param>
/// <param name="Events">Events extracted in total (also keeps the work from being optimized away).</param>
internal sealed record ThroughputResult(string Label, int Threads, long Articles, long Bytes, TimeSpan Elapsed, TimeSpan CpuTime, long Events)
{
    /// <summary>Megabytes (10^6 bytes) of text per second.</summary>
    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>Megabytes of text per second of CPU time: the pass's cost, whatever else the machine was doing.</summary>
    public double MegabytesPerCpuSecond => Bytes / 1e6 / CpuTime.TotalSeconds;

    /// <summary>Articles per second.</summary>
    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;
}
