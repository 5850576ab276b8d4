using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// What a knowledge base holds, in a form two databases written by different runs can be compared by:
/// row counts of every table, and each article, near-duplicate link and entity as a line of its own
/// columns (store keys and ingest times left out, since they depend on when a row was written).
/// </summary>
internal sealed class DatabaseSnapshot
{
    private DatabaseSnapshot(SortedDictionary<string, long> tableRows, List<string> articles, List<string> links, List<string> entities)
    {
        TableRows = tableRows;
        Articles = articles;
        Links = links;
        Entities = entities;
    }

    /// <summary>Rows per table (full-text index internals left out: their layout depends on merge history).</summary>
    public SortedDictionary<string, long> TableRows { get; }

    /// <summary>One line per article: source key, content hash, origin, title, date, URL, cleaned text and record, sorted.</summary>
    public List<string> Articles { get; }

    /// <summary>The articles' content hashes, sorted: which contents are stored, whatever input they came from.</summary>
    public List<string> ContentHashes => Articles.Select(line => line.Split(" | ")[1]).Order(StringComparer.Ordinal).ToList();

    /// <summary>One line per near-duplicate: its source key and its original's, sorted.</summary>
    public List<string> Links { get; }

    /// <summary>One line per person, organization and place: table, key and name as first stored, sorted.</summary>
    public List<string> Entities { get; }

    /// <summary>
    /// Checks <paramref name="path"/> with SQLite's own integrity, foreign-key and full-text index checks
    /// (throwing on any problem), then reads its contents.
    /// </summary>
    public static DatabaseSnapshot Of(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Query<string>("PRAGMA integrity_check").ShouldBe(["ok"], $"integrity of {path}");
        connection.Query("PRAGMA foreign_key_check").ShouldBeEmpty($"foreign keys of {path}");
        // Raises an error when the full-text index disagrees with the articles it indexes.
        connection.Execute("INSERT INTO article_text (article_text) VALUES ('integrity-check')");

        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'article_text_%'");
        var rows = new SortedDictionary<string, long>(StringComparer.Ordinal);
        // Table names come from the database's own catalog, not from input.
        foreach (var table in tables) rows[table] = connection.ExecuteScalar<long>($"SELECT count(*) FROM \"{table}\"");

        return new DatabaseSnapshot(
            rows,
            Lines(connection, "SELECT source_key, content_hash, origin, title, published, url, cleaned_text, record_json FROM articles"),
            Lines(connection,
                """
                SELECT c.source_key, o.source_key FROM near_duplicates n
                JOIN articles c ON c.id = n.article_id JOIN articles o ON o.id = n.original_id
                """),
            Lines(connection,
                "SELECT 'person', key, name FROM people UNION ALL SELECT 'organization', key, name FROM organizations UNION ALL SELECT 'place', key, name FROM places"));
    }

    /// <summary>Asserts that <paramref name="expected"/> holds the same, naming the first difference.</summary>
    public void ShouldMatch(DatabaseSnapshot expected)
    {
        TableRows.ShouldBe(expected.TableRows);
        FirstDifference(Articles, expected.Articles).ShouldBeNull("articles differ");
        FirstDifference(Links, expected.Links).ShouldBeNull("near-duplicate links differ");
        FirstDifference(Entities, expected.Entities).ShouldBeNull("entities differ");
    }

    private static string? FirstDifference(List<string> actual, List<string> expected)
    {
        for (var i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            var a = i < actual.Count ? actual[i] : "(none)";
            var e = i < expected.Count ? expected[i] : "(none)";
            if (a != e) return $"line {i}: got\n{a}\nexpected\n{e}";
        }
        return null;
    }

    private static List<string> Lines(SqliteConnection connection, string sql)
    {
        var lines = new List<string>();
        using var reader = connection.ExecuteReader(sql);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString()!;
            lines.Add(string.Join(" | ", fields));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
