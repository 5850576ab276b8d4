using Microsoft.Data.Sqlite;

namespace Parley.Store.Totals;

/// <summary>
/// Statements prepared once and run for many rows: keeping the totals writes a few rows per event, and
/// Dapper would parse each statement and read its argument object by reflection on every call.
/// </summary>
internal static class PreparedStatements
{
    /// <summary>A command prepared once and run for many rows, with its parameters in order.</summary>
    public static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    /// <summary>Runs <paramref name="command"/> with <paramref name="values"/> for its parameters, in order.</summary>
    public static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
