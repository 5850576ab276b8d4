using Parley.Store;
using Parley.Store.Schema;

namespace Parley.Cli.Commands;

/// <summary>Opens the knowledge base a reading command (events, network, export) works on.</summary>
internal static class KnowledgeBaseFile
{
    /// <summary>The store at <paramref name="dbPath"/>, or null after telling the user why it cannot be read.</summary>
    public static SqliteKnowledgeStore? OpenExisting(CliConsole console, string dbPath)
    {
        // Reading must not create an empty database as a side effect of a mistyped --db.
        if (!File.Exists(dbPath))
        {
            console.Error.WriteLine($"no knowledge base at {dbPath}; run parley ingest first or pass --db PATH");
            return null;
        }
        try
        {
            return new SqliteKnowledgeStore(dbPath, console.Error.WriteLine);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or SchemaTooNewException)
        {
            console.Error.WriteLine($"cannot open the knowledge base {dbPath}: {e.Message}");
            return null;
        }
    }
}
