using System.Globalization;

namespace Parley.Fuzz.Tests;

/// <summary>
/// How long and from which seed the fuzz targets run. The defaults are the CI mode: a fixed seed and a few
/// seconds per target, so the suite stays short and every CI run tries the same inputs in the same order
/// (only how many it reaches depends on the machine). Environment variables select a longer manual run:
/// <c>PARLEY_FUZZ_SECONDS</c> (per target), <c>PARLEY_FUZZ_SEED</c>, <c>PARLEY_FUZZ_MAX_KB</c> (largest input),
/// and <c>PARLEY_FUZZ_ITERATION</c> to replay one reported input alone (and save it to a file for a look).
/// </summary>
internal sealed record FuzzSettings(int Seed, double SecondsPerTarget, int MaxInputChars, long? OnlyIteration)
{
    /// <summary>CI default seed: any fixed number; fixed so a failure in CI reproduces anywhere.</summary>
    public const int DefaultSeed = 5001;

    /// <summary>CI default budget per target; six targets keep the whole fuzz run near 30 seconds.</summary>
    public const double DefaultSecondsPerTarget = 5;

    /// <summary>
    /// CI default largest generated input, 64 K characters: many times the largest corpus article, big enough for
    /// a superlinear step to stand out, small enough for thousands of inputs per target in the budget.
    /// </summary>
    public const int DefaultMaxInputChars = 64 * 1024;

    /// <summary>The settings from the environment, defaults where a variable is unset.</summary>
    public static FuzzSettings FromEnvironment() => new(
        (int)(Number("PARLEY_FUZZ_SEED") ?? DefaultSeed),
        Number("PARLEY_FUZZ_SECONDS") ?? DefaultSecondsPerTarget,
        (int)((Number("PARLEY_FUZZ_MAX_KB") ?? DefaultMaxInputChars / 1024.0) * 1024),
        Number("PARLEY_FUZZ_ITERATION") is { } iteration ? (long)iteration : null);

    private static double? Number(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < 0)
            throw new InvalidOperationException($"{variable}=\"{value}\" is not a non-negative number.");
        return number;
    }
}
