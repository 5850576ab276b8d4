namespace Parley.Store.Schema;

/// <summary>The database was written by a newer Parley whose schema this build does not know.</summary>
public sealed class SchemaTooNewException(string path, int databaseVersion, int knownVersion)
    : InvalidOperationException(
        $"The knowledge base '{path}' has schema version {databaseVersion}, but this Parley knows versions up to {knownVersion}. " +
        "Use a newer Parley to open it; it was not changed.")
{
    /// <summary>The schema version found in the database.</summary>
    public int DatabaseVersion { get; } = databaseVersion;

    /// <summary>The newest schema version this build knows.</summary>
    public int KnownVersion { get; } = knownVersion;
}
