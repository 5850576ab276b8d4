namespace Parley.Fuzz.Tests;

/// <summary>
/// The input mixes of the fuzz targets: mostly mutated seed articles, some adversarial shapes at random sizes,
/// some random text or bytes. The mix favours seeds because inputs close to real articles get past the early
/// checks into the deeper code, while pure noise mostly exercises the refusals.
/// </summary>
internal static class FuzzInputs
{
    private static SeedArticles Seeds => SeedArticles.Instance;

    /// <summary>A text for the text targets (cleaner, date parsers, pipeline).</summary>
    public static string Text(Random rng, int maxChars)
    {
        var roll = rng.Next(100);
        if (roll < 60) return TextMutator.Mutate(TextMutator.Pick(rng, Seeds.Texts), rng, Seeds.Texts, maxChars);
        if (roll < 70) return TextMutator.Mutate(TextMutator.Pick(rng, Seeds.Pages), rng, Seeds.Texts, maxChars);
        if (roll < 85) return Shape(rng, maxChars);
        return TextMutator.RandomText(rng, rng.Next(maxChars / 8));
    }

    /// <summary>The bytes of an .html file.</summary>
    public static byte[] Page(Random rng, int maxChars)
    {
        var roll = rng.Next(100);
        if (roll < 65) return ByteMutator.Encode(TextMutator.Mutate(TextMutator.Pick(rng, Seeds.Pages), rng, Seeds.Pages, maxChars), rng);
        if (roll < 80) return ByteMutator.Encode(Shape(rng, maxChars), rng);
        if (roll < 90) return ByteMutator.Encode(TextMutator.Mutate(TextMutator.Pick(rng, Seeds.Texts), rng, Seeds.Texts, maxChars), rng);
        return ByteMutator.RandomBytes(rng, rng.Next(maxChars / 8));
    }

    /// <summary>The bytes of a .jsonl file.</summary>
    public static byte[] JsonLines(Random rng, int maxChars) =>
        rng.Next(20) == 0 ? ByteMutator.RandomBytes(rng, rng.Next(maxChars / 8)) : ByteMutator.Encode(JsonLinesMaker.File(rng, Seeds, maxChars), rng);

    /// <summary>A publication date to resolve against: none, ordinary, or at the ends of the calendar.</summary>
    public static DateOnly? Published(Random rng) => rng.Next(8) switch
    {
        0 or 1 => null,
        2 => DateOnly.MinValue,
        3 => DateOnly.MaxValue,
        4 => new DateOnly(2024, 2, 29),
        _ => new DateOnly(1990, 1, 1).AddDays(rng.Next(365 * 40)),
    };

    /// <summary>A publication date as article metadata gives it: usually well-formed, sometimes not.</summary>
    public static string? PublishedText(Random rng) =>
        rng.Next(6) == 0 ? TextMutator.Pick(rng, ["", "2024-13-45", "0001-01-01", "9999-12-31", "yesterday", "2024-02-30"]) : Published(rng)?.ToString("yyyy-MM-dd");

    private static string Shape(Random rng, int maxChars)
    {
        var shape = TextMutator.Pick(rng, AdversarialText.Shapes);
        // Sizes spread over orders of magnitude: most inputs stay small (fast), a few reach the maximum.
        var size = (int)Math.Pow(maxChars, rng.NextDouble());
        var text = shape.Make(size);
        if (rng.Next(3) == 0) text = TextMutator.Pick(rng, Seeds.Texts) + text;
        return text.Length > maxChars ? text[..maxChars] : text;
    }
}
