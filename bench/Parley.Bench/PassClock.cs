using System.Diagnostics;

namespace Parley.Bench;

/// <summary>
/// The wall-clock and the process CPU time of one measured pass. On a machine shared with other work the wall
/// clock also counts the time others held the cores; CPU time counts only this process's own work (the pass
/// and the runtime's GC and JIT threads), so throughput per CPU-second stays comparable from run to run.
/// </summary>
internal readonly struct PassClock
{
    private readonly long startTimestamp;
    private readonly TimeSpan startCpu;

    private PassClock(long startTimestamp, TimeSpan startCpu)
    {
        this.startTimestamp = startTimestamp;
        this.startCpu = startCpu;
    }

    /// <summary>Starts timing now.</summary>
    public static PassClock Start() => new(Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);

    /// <summary>Wall-clock and CPU time since <see cref="Start"/>.</summary>
    public (TimeSpan Elapsed, TimeSpan Cpu) Read() => (Stopwatch.GetElapsedTime(startTimestamp), Environment.CpuUsage.TotalTime - startCpu);
}
