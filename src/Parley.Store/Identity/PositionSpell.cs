namespace Parley.Store.Identity;

/// <summary>A title at an organization as an interval: from the first to the last dated mention that gives it.</summary>
/// <param name="Title">The title as most often written.</param>
/// <param name="Organization">The organization entity's name, or the name as written when it has none; null when no article names one.</param>
/// <param name="OrganizationId">The organization entity (shown as <c>O{id}</c>), when resolved.</param>
/// <param name="FirstSeen">The earliest dated mention; null when none is dated.</param>
/// <param name="LastSeen">The latest dated mention; null when none is dated.</param>
/// <param name="Mentions">How many mentions give it.</param>
/// <param name="Sources">The record ids of the articles that give it, earliest first, at most the number asked for.</param>
public sealed record PositionSpell(
    string Title, string? Organization, long? OrganizationId, string? FirstSeen, string? LastSeen, int Mentions, IReadOnlyList<string> Sources);
