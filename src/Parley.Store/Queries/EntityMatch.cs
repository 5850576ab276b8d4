namespace Parley.Store.Queries;

/// <summary>A stored entity (person, organization or place) that a name in a filter stands for.</summary>
/// <param name="Id">The entity id (stable: entities are never renumbered).</param>
/// <param name="Name">The entity's display name.</param>
public sealed record EntityMatch(long Id, string Name);
