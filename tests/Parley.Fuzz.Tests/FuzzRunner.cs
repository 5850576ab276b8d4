using System.Diagnostics;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Runs a target on generated inputs until its time budget is spent, checking each input against the resource
/// bounds. Iteration <c>i</c> draws from a random source seeded by (seed, target, i) alone, so a failure names its
/// input by seed and iteration whatever ran before it; the failing input is also saved to a file.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>
    /// The first iterations are not held to the resource bounds (only to raising no exception): they pay for
    /// just-in-time compilation and for loading the lexicons.
    /// </summary>
    private const int WarmUpIterations = 3;

    /// <summary>Fuzzes <paramref name="target"/>; throws with the replay details at the first failing input.</summary>
    public static FuzzRun Run(FuzzTarget target, FuzzSettings settings)
    {
        var run = new FuzzRun(target.Name, settings.Seed);
        var clock = Stopwatch.StartNew();
        if (settings.OnlyIteration is { } only)
        {
            // A replay runs the reported input twice: the first pays the warm-up, the second is measured.
            Try(target, settings, only, run, checkBounds: false);
            Try(target, settings, only, run, checkBounds: true);
            run.SavedInput = Generate(target, settings, only).Save(SavePath(target, settings, only), target.FileExtension);
        }
        else
        {
            var budget = TimeSpan.FromSeconds(settings.SecondsPerTarget);
            for (long i = 0; i < WarmUpIterations || clock.Elapsed < budget; i++)
                Try(target, settings, i, run, checkBounds: i >= WarmUpIterations);
        }
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private static void Try(FuzzTarget target, FuzzSettings settings, long iteration, FuzzRun run, bool checkBounds)
    {
        var input = Generate(target, settings, iteration);
        var use = ResourceUse.Measure(() => target.Run(input));
        run.Add(iteration, input.Size, use, measured: checkBounds);
        var violation = checkBounds ? use.Violation(input.Size) : use.Exception is { } e ? $"an exception escaped: {e}" : null;
        if (violation is null) return;

        var saved = input.Save(SavePath(target, settings, iteration), target.FileExtension);
        throw new FuzzFailureException(
            $"Fuzz target {target.Name}, seed {settings.Seed}, iteration {iteration} ({input.Size:N0} units; seeds: samples" +
            $"{(SeedArticles.Instance.HasSharedCorpus ? " + shared corpus" : " only")}): {violation}\n" +
            $"Input saved to {saved}\n" +
            $"Replay: PARLEY_FUZZ_SEED={settings.Seed} PARLEY_FUZZ_ITERATION={iteration} dotnet test tests/Parley.Fuzz.Tests --filter FullyQualifiedName~FuzzTests");
    }

    private static FuzzInput Generate(FuzzTarget target, FuzzSettings settings, long iteration) =>
        target.Generate(new Random(IterationSeed(settings.Seed, target.Name, iteration)), settings.MaxInputChars);

    private static string SavePath(FuzzTarget target, FuzzSettings settings, long iteration) =>
        Path.Combine(Path.GetTempPath(), "parley-fuzz", $"{target.Name}-seed{settings.Seed}-iteration{iteration}");

    /// <summary>A seed for one iteration, stable across processes and machines (unlike <see cref="string.GetHashCode()"/>).</summary>
    private static int IterationSeed(int seed, string target, long iteration)
    {
        var hash = 2166136261u;
        foreach (var c in target) hash = (hash ^ c) * 16777619u;
        return (int)(hash ^ (uint)seed * 2654435761u ^ (uint)iteration * 40503u ^ (uint)(iteration >> 32));
    }
}
