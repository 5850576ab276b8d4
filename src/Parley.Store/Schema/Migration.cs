namespace Parley.Store.Schema;

/// <summary>One schema step: the script that takes the database from the previous shipped version to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version after the script ran (1, 2, ...; shipped numbers may skip one).</param>
/// <param name="Name">The script's name, for messages.</param>
/// <param name="Sql">The script.</param>
public sealed record Migration(int Version, string Name, string Sql);
