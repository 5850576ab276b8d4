using Microsoft.Data.Sqlite;

namespace Parley.Store.Tests;

/// <summary>A fresh folder for one test's database files, deleted afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "parley-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "kb.sqlite");
    }

    public string Folder { get; }

    /// <summary>The database file (not created until a store opens it).</summary>
    public string FilePath { get; }

    public SqliteKnowledgeStore Open() => new(FilePath);

    /// <summary>A raw connection to the file, for looking under the store.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a leaked handle must not fail the test; the OS temp cleaner gets it */ }
    }
}
