using System.Diagnostics;
using Parley.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Publishes the fuzz figures where people look: the test's own output, xunit's diagnostic messages (which
/// <c>dotnet test</c> prints at normal verbosity, as <c>[xUnit.net ...] Parley.Fuzz.Tests: fuzz ...</c>, because
/// <c>xunit.runner.json</c> enables them; plain console output from a test is not shown), and
/// <c>tests/Parley.Fuzz.Tests/TestResults/fuzz-summary.txt</c>, rewritten by every run.
/// </summary>
public sealed class FuzzReport : IDisposable
{
    private readonly IMessageSink sink;
    private readonly string summaryPath = Path.Combine(SharedCorpus.RepoRoot, "tests", "Parley.Fuzz.Tests", "TestResults", "fuzz-summary.txt");
    private long inputs;
    private TimeSpan elapsed;
    private int targets;

    /// <summary>Created once per test run by xunit, with its diagnostic message sink.</summary>
    public FuzzReport(IMessageSink sink)
    {
        this.sink = sink;
        Directory.CreateDirectory(Path.GetDirectoryName(summaryPath)!);
        File.WriteAllText(summaryPath, "");
    }

    /// <summary>Publishes one target's figures.</summary>
    internal void Publish(FuzzRun run, ITestOutputHelper output)
    {
        inputs += run.Inputs;
        elapsed += run.Elapsed;
        targets++;
        Write(run.ToString(), output);
    }

    /// <summary>Publishes a line about a fixed case (its size, time and memory).</summary>
    internal void Note(string line, ITestOutputHelper output) => Write(line, output);

    /// <summary>Publishes the totals and the test process's peak memory (resident set), which bounds every case's.</summary>
    public void Dispose()
    {
        using var self = Process.GetCurrentProcess();
        var peak = $"peak working set of the test process {self.PeakWorkingSet64 / 1048576.0:N0} MB";
        Write(targets > 0
            ? $"fuzz total: {inputs:N0} inputs over {targets} targets in {elapsed.TotalSeconds:F1} s = {inputs / Math.Max(elapsed.TotalSeconds, 1e-9):N0}/s; {peak}"
            : $"fuzz: {peak}", null);
    }

    private void Write(string line, ITestOutputHelper? output)
    {
        output?.WriteLine(line);
        sink.OnMessage(new DiagnosticMessage(line));
        File.AppendAllLines(summaryPath, [line]);
    }
}
