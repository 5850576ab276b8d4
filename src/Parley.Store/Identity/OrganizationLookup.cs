namespace Parley.Store.Identity;

/// <summary>The organizations a reference (a name, or an id like <c>O7</c>) may mean.</summary>
/// <param name="Matches">Every live organization entity it may mean.</param>
/// <param name="Note">Something the user should know, such as an id that was merged into another.</param>
public sealed record OrganizationLookup(IReadOnlyList<OrganizationCandidate> Matches, string? Note = null);
