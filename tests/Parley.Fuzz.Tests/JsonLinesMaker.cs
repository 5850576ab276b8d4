using System.Globalization;
using System.Text;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Makes JSON-lines files for the reader: some lines are seed lines with raw edits (broken quoting, cut lines,
/// stray escapes), others are well-formed objects whose fields are adversarial (mutated text or HTML, numbers
/// where strings belong, impossible dates, escaped lone surrogates), joined by LF, CRLF or blank lines.
/// </summary>
internal static class JsonLinesMaker
{
    private static readonly string?[] PublishedValues =
        [null, null, "2024-04-07", "2024-04-07T10:00:00+08:00", "2024/4/7", "2024-13-45", "", "  ", "yesterday", "0001-01-01", "9999-12-31", "1999-12-31"];

    /// <summary>A JSON-lines file of one to six lines.</summary>
    public static string File(Random rng, SeedArticles seeds, int maxChars)
    {
        var file = new StringBuilder();
        for (var n = rng.Next(1, 7); n > 0 && file.Length < maxChars; n--)
        {
            file.Append(rng.Next(2) == 0 ? DamagedSeedLine(rng, seeds, maxChars) : AdversarialObject(rng, seeds, maxChars));
            file.Append(TextMutator.Pick(rng, ["\n", "\n", "\r\n", "\n\n", "\n \n"]));
        }
        return file.Length > maxChars ? file.ToString(0, maxChars) : file.ToString();
    }

    private static string DamagedSeedLine(Random rng, SeedArticles seeds, int maxChars)
    {
        var line = TextMutator.Pick(rng, seeds.JsonLines);
        // Raw edits on JSON syntax: drop or add a quote, add a backslash, cut the line.
        for (var n = rng.Next(1, 4); n > 0 && line.Length > 0; n--)
        {
            var at = rng.Next(line.Length);
            line = rng.Next(4) switch
            {
                0 when line.IndexOf('"', at) is var quote and >= 0 => line.Remove(quote, 1),
                1 => line.Insert(at, "\""),
                2 => line.Insert(at, "\\"),
                _ => line[..at],
            };
        }
        return rng.Next(2) == 0 ? TextMutator.Mutate(line, rng, seeds.JsonLines, maxChars).Replace("\n", "") : line;
    }

    private static string AdversarialObject(Random rng, SeedArticles seeds, int maxChars)
    {
        var fields = new List<string>();
        var body = rng.Next(2) == 0
            ? TextMutator.Mutate(TextMutator.Pick(rng, seeds.Texts), rng, seeds.Texts, maxChars)
            : TextMutator.Mutate(TextMutator.Pick(rng, seeds.Pages), rng, seeds.Pages, maxChars);
        switch (rng.Next(8))
        {
            case 0: break; // neither text nor html
            case 1: fields.Add($"\"text\": {rng.Next()}"); break;
            case 2: fields.Add($"\"html\": {Quote(body)}"); fields.Add($"\"text\": {Quote(body)}"); break;
            case 3 or 4: fields.Add($"\"html\": {Quote(body)}"); break;
            default: fields.Add($"\"text\": {Quote(body)}"); break;
        }
        switch (rng.Next(5))
        {
            case 0: fields.Add($"\"id\": {rng.Next()}"); break;
            case 1: fields.Add($"\"id\": {rng.NextDouble().ToString("R", CultureInfo.InvariantCulture)}e{rng.Next(400)}"); break;
            case 2: fields.Add($"\"id\": {Quote(TextMutator.RandomText(rng, rng.Next(0, 12)))}"); break;
            case 3: fields.Add("\"id\": [1]"); break;
        }
        if (TextMutator.Pick(rng, PublishedValues) is { } published) fields.Add($"\"published\": {Quote(published)}");
        if (rng.Next(3) == 0) fields.Add($"\"url\": {Quote(TextMutator.Pick(rng, ["https://example.org/a?b=c", "not a url", "http://", "::", ""]))}");
        if (rng.Next(3) == 0) fields.Add($"\"title\": {Quote(TextMutator.RandomText(rng, rng.Next(0, 40)))}");
        var shuffled = fields.ToArray();
        rng.Shuffle(shuffled);
        return "{" + string.Join(", ", shuffled) + "}";
    }

    /// <summary>A JSON string literal; control characters and surrogates (paired or lone) become <c>\uXXXX</c> escapes.</summary>
    private static string Quote(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') json.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c)) json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else json.Append(c);
        }
        return json.Append('"').ToString();
    }
}
