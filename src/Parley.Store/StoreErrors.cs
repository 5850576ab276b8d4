using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace Parley.Store;

/// <summary>
/// What a SQLite error means for the person running Parley: whether it concerns one article (the others
/// can still be stored) or the knowledge base file itself, and what to do about it.
/// </summary>
public static class StoreErrors
{
    /// <summary>True when one article's rows broke a rule of the schema: other articles can still be stored.</summary>
    public static bool IsAboutOneArticle(SqliteException error) => PrimaryCode(error) == SQLITE_CONSTRAINT;

    /// <summary>The error in words a user can act on.</summary>
    public static string Describe(SqliteException error) => PrimaryCode(error) switch
    {
        SQLITE_BUSY or SQLITE_LOCKED =>
            $"another process kept the knowledge base locked for longer than {(int)SqliteKnowledgeStore.BusyTimeout.TotalSeconds} seconds; run again when it is done",
        SQLITE_FULL => "the disk is full; free some space and run again",
        SQLITE_READONLY or SQLITE_PERM or SQLITE_CANTOPEN => "the knowledge base cannot be written; check the permissions of the file and its folder",
        SQLITE_IOERR => "the disk reported a read or write error; check the disk and run again",
        SQLITE_CORRUPT or SQLITE_NOTADB => "the file is not a Parley knowledge base, or it is damaged; use another file, or restore this one from a backup",
        SQLITE_CONSTRAINT => "the record extracted from it breaks a rule of the knowledge base; this is a bug in Parley, please report it with the input",
        _ => "the knowledge base reported an unexpected error",
    };

    // Extended codes carry the primary code in their low byte (SQLITE_IOERR_WRITE is SQLITE_IOERR | 3 << 8).
    private static int PrimaryCode(SqliteException error) => error.SqliteErrorCode & 0xFF;
}
