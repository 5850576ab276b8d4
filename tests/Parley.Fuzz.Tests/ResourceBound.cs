namespace Parley.Fuzz.Tests;

/// <summary>
/// How much processor time and allocation one input may cost: a fixed allowance plus an allowance per unit of
/// input (a character of text or a byte of file). Every parser is meant to be linear, so an input that breaks the
/// bound reveals superlinear work or runaway allocation; the constants are loose enough that linear work never
/// trips them in a Debug build on a loaded 2-core box.
/// </summary>
internal static class ResourceBound
{
    /// <summary>
    /// Fixed processor time per input, 1 s: a full garbage collection, and just-in-time compilation of a code path
    /// the input reaches first (warm-up runs pay for loading the lexicons). A typical article costs a few milliseconds.
    /// </summary>
    public static readonly TimeSpan FixedTime = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Processor time per KB of input, 50 ms: the pipeline costs about 1 ms per KB of ordinary text in a Debug build,
    /// and up to about 25 ms per KB on the worst linear inputs found (pages made of title words, which every title
    /// and organization reader re-examines). Quadratic work passes this on inputs of a few KB; the fuzz inputs reach 64 KB.
    /// </summary>
    public static readonly TimeSpan TimePerKb = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Fixed allocation per input, 64 MB: what the HTML parser, buffers rented from the shared pools and the
    /// record's JSON cost regardless of size.
    /// </summary>
    public const long FixedBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Allocation per unit of input, 2,000 bytes: the pipeline keeps tokens, spans and candidate lists per
    /// character and the HTML reader a DOM node per tag, a few hundred bytes per unit at most; allocation
    /// growing with the square of the input passes this on any input of a few KB.
    /// </summary>
    public const long BytesPerUnit = 2_000;

    /// <summary>The processor time an input of <paramref name="size"/> units may take.</summary>
    public static TimeSpan TimeFor(long size) => FixedTime + TimePerKb * (size / 1024.0);

    /// <summary>The bytes an input of <paramref name="size"/> units may allocate.</summary>
    public static long AllocationFor(long size) => FixedBytes + BytesPerUnit * size;
}
