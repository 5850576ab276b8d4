using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Cli.Tests.Robustness;

/// <summary>Looks into a knowledge base while a child process is writing it (WAL lets a reader in without blocking the writer).</summary>
internal static class StoreProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>Articles stored so far; null while the file or its tables do not exist yet.</summary>
    public static long? ArticleCount(string path)
    {
        try
        {
            // Read-only: a reader must not create the file before the ingest does.
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection.ExecuteScalar<long>("SELECT count(*) FROM articles");
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> articles are stored; fails when <paramref name="writer"/> ends first.</summary>
    public static long WaitForArticles(string path, long count, ParleyProcess writer)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (ArticleCount(path) is { } stored && stored >= count) return stored;
            if (!writer.IsRunning)
            {
                var run = writer.WaitForExit();
                throw new InvalidOperationException($"parley ended (exit {run.ExitCode}) before {count} articles were stored:\n{run.Out}\n{run.Error}");
            }
            Thread.Sleep(15);
        }
        throw new TimeoutException($"fewer than {count} articles stored in {path} after {Patience}");
    }
}
