using Xunit.Abstractions;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Each public entry point meets a few seconds of generated inputs (see <see cref="FuzzSettings"/> for the
/// budget and a longer manual mode): no exception may escape, and every input must stay within time and
/// allocation bounds linear in its size (<see cref="ResourceBound"/>).
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(FuzzReport report, ITestOutputHelper output)
{
    [Fact]
    public void Cleaner_survives_fuzzing() => Fuzz("cleaner");

    [Fact]
    public void Date_parsers_survive_fuzzing() => Fuzz("dates");

    [Fact]
    public void Html_reader_survives_fuzzing() => Fuzz("html-reader");

    [Fact]
    public void Jsonl_reader_survives_fuzzing() => Fuzz("jsonl-reader");

    [Fact]
    public void Pipeline_survives_fuzzing() => Fuzz("pipeline");

    private void Fuzz(string target)
    {
        var run = FuzzRunner.Run(FuzzTargets.Named(target), FuzzSettings.FromEnvironment());
        report.Publish(run, output);
        run.Inputs.ShouldBeGreaterThan(0);
    }
}
