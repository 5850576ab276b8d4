using Dapper;
using Microsoft.Data.Sqlite;

namespace Parley.Store.Schema;

/// <summary>
/// Brings a database up to the newest schema. The version lives in <c>PRAGMA user_version</c>;
/// each script runs in its own transaction together with the version bump, so a failed step
/// leaves the database at the previous version.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>
    /// Applies every migration newer than the database's version, in ascending order. Numbers may have gaps
    /// (a script numbered 3 runs on a version-1 database when no 2 is shipped); the version becomes the
    /// number of the last script applied.
    /// </summary>
    /// <returns>The versions that were applied (empty when the database was current).</returns>
    /// <exception cref="SchemaTooNewException">The database is newer than <paramref name="migrations"/>.</exception>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, string path, IReadOnlyList<Migration> migrations)
    {
        var known = migrations[^1].Version;
        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            // IMMEDIATE takes the write lock before reading the version: another process migrating the
            // same file at the same moment waits, then sees the new version and skips the step.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
            if (current > known) throw new SchemaTooNewException(path, current, known);
            // Versions only grow, so every script numbered above the current version is still to run.
            if (current >= migration.Version) continue;

            connection.Execute(migration.Sql, transaction: transaction);
            // PRAGMA takes no parameters; the value is an int we produced, not input.
            connection.Execute($"PRAGMA user_version = {migration.Version}", transaction: transaction);
            transaction.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    /// <summary>Refuses a database newer than <paramref name="migrations"/> before anything writes to it.</summary>
    /// <exception cref="SchemaTooNewException">The database is newer.</exception>
    public static void EnsureNotNewer(SqliteConnection connection, string path, IReadOnlyList<Migration> migrations)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (current > migrations[^1].Version) throw new SchemaTooNewException(path, current, migrations[^1].Version);
    }
}
