using System.Globalization;

namespace Parley.Bench;

/// <summary>
/// Command-line options: <c>--mb N</c> (corpus size, default 20), <c>--shared PATH</c>, <c>--threads N</c>,
/// <c>--warmup SECONDS</c> (CPU seconds, default 10), <c>--extract-only</c> (no ingest measurements).
/// </summary>
/// <param name="TargetMegabytes">How many MB of article text (UTF-8) each measured pass extracts.</param>
/// <param name="SharedRoot">The shared folder holding <c>corpus/</c>.</param>
/// <param name="Threads">Degree of parallelism of the all-cores pass.</param>
/// <param name="WarmUp">How much CPU time extraction runs before the measured passes.</param>
/// <param name="ExtractOnly">True to time extraction alone, leaving out the minutes the ingest passes take.</param>
internal sealed record BenchOptions(int TargetMegabytes, string SharedRoot, int Threads, TimeSpan WarmUp, bool ExtractOnly = false)
{
    /// <summary>Parses the arguments; the shared folder defaults to <c>PARLEY_SHARED</c>, then <c>../shared</c> beside the repository.</summary>
    public static BenchOptions Parse(string[] args)
    {
        var mb = 20;
        string? shared = null;
        var threads = Environment.ProcessorCount;
        var warmUpSeconds = 10;
        var extractOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--mb": mb = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--shared": shared = Next(); break;
                case "--threads": threads = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": warmUpSeconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--extract-only": extractOnly = true; break;
                default: throw new ArgumentException($"unknown option {args[i]} (use --mb N, --shared PATH, --threads N, --warmup SECONDS, --extract-only)");
            }
        }
        if (mb <= 0 || threads <= 0) throw new ArgumentException("--mb and --threads must be positive");
        if (warmUpSeconds < 0) throw new ArgumentException("--warmup must not be negative");
        shared ??= Environment.GetEnvironmentVariable("PARLEY_SHARED") ?? DefaultSharedRoot();
        if (!Directory.Exists(Path.Combine(shared, "corpus")))
            throw new DirectoryNotFoundException($"no corpus/ under {shared}; pass --shared PATH");
        return new BenchOptions(mb, Path.GetFullPath(shared), threads, TimeSpan.FromSeconds(warmUpSeconds), extractOnly);
    }

    private static string DefaultSharedRoot() => Path.Combine(RepositoryRoot.Find() ?? Directory.GetCurrentDirectory(), "..", "shared");
}
