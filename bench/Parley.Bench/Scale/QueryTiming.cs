namespace Parley.Bench.Scale;

/// <summary>How long one query took over the timed runs, warm.</summary>
/// <param name="Command">The equivalent command line.</param>
/// <param name="Answer">What it returned.</param>
/// <param name="MedianMs">Median wall time, milliseconds.</param>
/// <param name="MaxMs">Slowest run, milliseconds.</param>
/// <param name="CpuMs">Median processor time of the process per run, milliseconds: the work itself, whatever else shares the cores.</param>
/// <param name="FirstCpuMs">
/// Processor time of the first run, milliseconds: for the queries whose answers the store keeps, what the
/// first ask after a change to the data costs (the answer is computed and kept); the later runs read it back.
/// </param>
internal sealed record QueryTiming(string Command, string Answer, double MedianMs, double MaxMs, double CpuMs, double FirstCpuMs);
