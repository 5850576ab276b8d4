using System.Globalization;

namespace Parley.Bench.Scale;

/// <summary>Options of <c>scale</c>: <c>--events N</c>, <c>--people N</c>, <c>--db PATH</c>, <c>--seed N</c>, <c>--runs N</c>, <c>--fresh</c>.</summary>
/// <param name="Events">How many events the synthetic store holds.</param>
/// <param name="People">How many person entities it holds.</param>
/// <param name="Database">The store file; generated when missing (or with <paramref name="Fresh"/>), else reused.</param>
/// <param name="Seed">Seed of the generator: the same seed gives the same store.</param>
/// <param name="Runs">Timed runs per query, after two warm-up runs.</param>
/// <param name="Fresh">Delete and regenerate the store even when it exists.</param>
internal sealed record ScaleOptions(int Events, int People, string Database, int Seed, int Runs, bool Fresh)
{
    /// <summary>The usage line.</summary>
    public const string Usage = "scale [--events 1000000] [--people 200000] [--db PATH] [--seed 1] [--runs 15] [--fresh]";

    /// <summary>Parses the arguments after <c>scale</c>.</summary>
    public static ScaleOptions Parse(string[] args)
    {
        var options = new ScaleOptions(1_000_000, 200_000, Path.Combine(Path.GetTempPath(), "parley-scale.db"), 1, 15, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--events" => options with { Events = Number() },
                "--people" => options with { People = Number() },
                "--db" => options with { Database = Path.GetFullPath(Next()) },
                "--seed" => options with { Seed = Number() },
                "--runs" => options with { Runs = Number() },
                "--fresh" => options with { Fresh = true },
                _ => throw new ArgumentException($"unknown option {args[i]}; usage: {Usage}"),
            };
        }
        if (options.Events <= 0 || options.People < 100 || options.Runs <= 0)
            throw new ArgumentException("--events and --runs must be positive, --people at least 100");
        return options;
    }
}
