using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Bench.Scale;

/// <summary>
/// The store's secondary indexes and derived-table triggers, set aside during a bulk load and put back
/// after it: building an index once over sorted keys is many times faster than updating it row by row
/// in random order. The full-text triggers stay, since the load relies on them to index the articles.
/// </summary>
internal sealed class SchemaExtras
{
    private readonly List<string> definitions;

    private SchemaExtras(List<string> definitions) => this.definitions = definitions;

    /// <summary>Drops every secondary index and every trigger but the full-text ones; returns what to put back.</summary>
    public static SchemaExtras SetAside(string database)
    {
        using var connection = Open(database);
        var extras = connection.Query<(string Type, string Name, string Sql)>(
            """
            SELECT type, name, sql FROM sqlite_master
            WHERE sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND tbl_name <> 'articles'))
            """).AsList();
        foreach (var (type, name, _) in extras) connection.Execute($"DROP {type.ToUpperInvariant()} \"{name}\"");
        return new SchemaExtras(extras.Select(e => e.Sql).ToList());
    }

    /// <summary>Creates the indexes and triggers again.</summary>
    public void Restore(string database)
    {
        using var connection = Open(database);
        foreach (var sql in definitions) connection.Execute(sql);
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
