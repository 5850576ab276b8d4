using System.Reflection;
using System.Runtime.CompilerServices;

namespace Parley.Lexicons;

/// <summary>
/// Reads the TSV lexicons embedded in this assembly (data/*.tsv, both the generated ones and the authored
/// vocabularies in data/authored). The first line is a header; blank lines and lines starting with
/// <c>#</c> (comments in the authored files) are skipped. Parsing is by hand, line by line and tab by tab,
/// because it runs at start-up and must stay cheap.
/// </summary>
internal static class LexiconResource
{
    /// <summary>
    /// Calls <paramref name="row"/> for every data row of resource <c>Parley.Data.{fileName}</c>
    /// (header skipped). The field array is reused between rows: copy what you keep.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once over many rows: optimized from the first call, not tier 0
    public static void ForEachRow(string fileName, Action<string[]> row)
    {
        var name = "Parley.Data." + fileName;
        using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing; was data/{fileName} built?");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{name} is empty.");
        var fields = new string[CountFields(header)];
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            Split(line, fields);
            row(fields);
        }
    }

    /// <summary>Every data row of <paramref name="fileName"/>, each its own array (for callers that keep rows).</summary>
    public static List<string[]> Rows(string fileName)
    {
        var rows = new List<string[]>();
        ForEachRow(fileName, f => rows.Add((string[])f.Clone()));
        return rows;
    }

    /// <summary>
    /// The first column of every row, lower-cased, as a set that ignores case when asked (so look-ups
    /// need not allocate a lower-cased copy of the word).
    /// </summary>
    public static HashSet<string> FirstColumnSet(string fileName)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ForEachRow(fileName, f =>
        {
            var word = f[0].Trim();
            if (word.Length > 0) set.Add(word.ToLowerInvariant());
        });
        return set;
    }

    /// <summary>Splits an alias list written as <c>a|b|c</c>; empty input gives no items.</summary>
    public static string[] SplitList(string value) =>
        value.Length == 0 ? [] : value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int CountFields(string header)
    {
        var n = 1;
        foreach (var c in header) if (c == '\t') n++;
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per row: optimized from the first call, not tier 0
    private static void Split(string line, string[] fields)
    {
        var start = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var tab = start <= line.Length ? line.IndexOf('\t', start) : -1;
            if (start > line.Length) { fields[i] = ""; continue; }
            var end = tab < 0 ? line.Length : tab;
            fields[i] = line[start..end];
            start = end + 1;
        }
    }
}
