namespace Parley.Store.Identity;

/// <summary>An organization a person held titles at.</summary>
/// <param name="Id">The organization entity, when resolved.</param>
/// <param name="Name">Its name.</param>
/// <param name="Mentions">How many title mentions name it.</param>
/// <param name="FirstSeen">The earliest dated one.</param>
/// <param name="LastSeen">The latest dated one.</param>
public sealed record OrganizationTie(long? Id, string Name, int Mentions, string? FirstSeen, string? LastSeen);
