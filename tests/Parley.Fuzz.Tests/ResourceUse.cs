using System.Diagnostics;

namespace Parley.Fuzz.Tests;

/// <summary>What running one input cost, and the exception it raised, if any.</summary>
/// <param name="Elapsed">Wall-clock time (Stopwatch).</param>
/// <param name="ProcessorTime">
/// Processor time the process spent meanwhile. The bound applies to this, not to wall-clock time: on a box shared
/// with parallel builds the wall clock also counts the time the test waited for a core, and no linear bound can
/// absorb that, while the processor time is what the input itself cost (the fuzz tests run one at a time).
/// </param>
/// <param name="AllocatedBytes">Bytes allocated on the running thread (every target is single-threaded).</param>
/// <param name="Exception">What escaped, or null.</param>
internal sealed record ResourceUse(TimeSpan Elapsed, TimeSpan ProcessorTime, long AllocatedBytes, Exception? Exception)
{
    private static readonly Process Self = Process.GetCurrentProcess();

    /// <summary>Runs <paramref name="action"/> and measures it; an exception is caught and returned, never thrown.</summary>
    public static ResourceUse Measure(Action action)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var processorBefore = ProcessorTimeNow();
        var clock = Stopwatch.StartNew();
        Exception? escaped = null;
        try { action(); }
        catch (Exception e) { escaped = e; }
        clock.Stop();
        return new ResourceUse(clock.Elapsed, ProcessorTimeNow() - processorBefore, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, escaped);
    }

    /// <summary>Why this use breaks the bounds for an input of <paramref name="size"/> units, or null when it does not.</summary>
    public string? Violation(long size)
    {
        if (Exception is not null) return $"an exception escaped: {Exception}";
        if (ProcessorTime > ResourceBound.TimeFor(size))
            return $"took {ProcessorTime.TotalMilliseconds:N0} ms of processor time ({Elapsed.TotalMilliseconds:N0} ms wall-clock), " +
                   $"over the bound of {ResourceBound.TimeFor(size).TotalMilliseconds:N0} ms for {size:N0} units";
        if (AllocatedBytes > ResourceBound.AllocationFor(size))
            return $"allocated {AllocatedBytes:N0} bytes, over the bound of {ResourceBound.AllocationFor(size):N0} for {size:N0} units";
        return null;
    }

    private static TimeSpan ProcessorTimeNow()
    {
        Self.Refresh();
        return Self.TotalProcessorTime;
    }
}
