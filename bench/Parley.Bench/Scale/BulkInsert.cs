using Microsoft.Data.Sqlite;

namespace Parley.Bench.Scale;

/// <summary>
/// One prepared INSERT reused for every row of a table. The generator writes tens of millions of rows, so it
/// binds values to a compiled statement instead of going through Dapper, which would re-read the parameters
/// object on every call.
/// </summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    /// <summary>An insert into <paramref name="table"/> of <paramref name="columns"/>, in that order.</summary>
    public BulkInsert(SqliteConnection connection, string table, params string[] columns)
    {
        command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
    }

    /// <summary>Inserts one row; null values are stored as NULL.</summary>
    public void Row(SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    /// <summary>Releases the statement.</summary>
    public void Dispose() => command.Dispose();
}
