namespace Parley.Store.Identity;

/// <summary>The people a reference (a name, or an id like <c>P12</c>) may mean.</summary>
/// <param name="Matches">Every live person entity it may mean; several for a name that people share.</param>
/// <param name="Note">Something the user should know, such as an id that was merged into another.</param>
public sealed record PersonLookup(IReadOnlyList<PersonCandidate> Matches, string? Note = null);
