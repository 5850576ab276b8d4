namespace Parley.Store.Queries;

/// <summary>A node of a <see cref="Network"/>: a person, organization or region entity.</summary>
/// <param name="Id">The entity id (person, organization or place entity, by the network's level).</param>
/// <param name="Name">The entity's display name.</param>
/// <param name="Events">How many of the network's events it took part in.</param>
public sealed record NetworkNode(long Id, string Name, int Events);
