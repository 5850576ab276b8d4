using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Queries;

/// <summary>
/// Answers of dear queries kept in the store (table <c>query_results</c>) and used again while the data is
/// unchanged. An answer is tagged with the store's change counter (<c>store_generation</c>, raised by a
/// trigger on every write to a table a query can read) and with the build that computed it; it is read back
/// only when both still match, so a kept answer always equals what the live computation would return now.
/// Keeping is best effort: when another process holds the write lock for over a second, the answer is not kept.
/// </summary>
internal static class QueryResultCache
{
    /// <summary>Answers larger than this are not kept: an export of a whole network is written once, not asked again.</summary>
    public const int MaxPayloadChars = 1_000_000;

    // The builds of the code that computes answers (queries here, the gazetteer that resolves place names).
    private static readonly string Build = string.Join(",",
        typeof(QueryResultCache).Assembly.ManifestModule.ModuleVersionId,
        typeof(Parley.Lexicons.Gazetteer).Assembly.ManifestModule.ModuleVersionId);

    /// <summary>
    /// The kept answer of <paramref name="kind"/> for <paramref name="key"/> if the data has not changed since,
    /// else <paramref name="compute"/>'s answer, kept for next time.
    /// </summary>
    public static T GetOrCompute<T>(SqliteConnection connection, string kind, string key, Func<T> compute)
    {
        // One statement, so the counter and the kept answer are read from the same snapshot.
        var (before, kept) = connection.QuerySingle<(long, string?)>(
            """
            SELECT g.value, q.payload FROM store_generation g
            LEFT JOIN query_results q ON q.kind = @Kind AND q.key = @Key AND q.build = @Build AND q.generation = g.value
            WHERE g.id = 1
            """,
            new { Kind = kind, Key = key, Build });
        if (kept is not null) return JsonSerializer.Deserialize<T>(kept)!;

        var answer = compute();
        // The computation ran in its own read transaction between the two reads of the counter; when the
        // counter did not move, no write was committed in between, so the answer belongs to that generation.
        if (Generation(connection) == before && JsonSerializer.Serialize(answer) is { Length: <= MaxPayloadChars } payload)
            Keep(connection, kind, key, before, payload);
        return answer;
    }

    /// <summary>The store's change counter.</summary>
    public static long Generation(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT value FROM store_generation WHERE id = 1");

    private static void Keep(SqliteConnection connection, string kind, string key, long generation, string payload)
    {
        // A reader should not wait long for an ingest's transaction to keep an answer: SQLite gives up at once
        // and the driver retries a busy statement for at most the command timeout (a second).
        connection.Execute("PRAGMA busy_timeout = 0");
        try
        {
            // The insert checks the counter once more as it commits: a write committed since the answer was
            // computed leaves it out. Answers of older generations or builds can never be used again.
            var arguments = new { Kind = kind, Key = key, Build, Generation = generation, Payload = payload };
            connection.Execute(
                """
                INSERT OR REPLACE INTO query_results (kind, key, build, generation, payload)
                SELECT @Kind, @Key, @Build, @Generation, @Payload WHERE (SELECT value FROM store_generation WHERE id = 1) = @Generation
                """, arguments, commandTimeout: 1);
            connection.Execute("DELETE FROM query_results WHERE generation <> @Generation OR build <> @Build", arguments, commandTimeout: 1);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 or 8) // busy, locked, read-only: keep nothing
        {
        }
        finally
        {
            connection.Execute($"PRAGMA busy_timeout = {(int)SqliteKnowledgeStore.BusyTimeout.TotalMilliseconds}");
        }
    }
}
