using Parley.Lexicons;

namespace Parley.Store.Identity;

/// <summary>The entity an organization name stands for in one article, with the place it belongs to.</summary>
/// <param name="EntityId">The organization entity.</param>
/// <param name="Place">The place named in it or, for a public body named without one, the article's place of its level.</param>
/// <param name="Written">The name as the article wrote it.</param>
/// <param name="Acronym">The name, folded, when it is an acronym.</param>
/// <param name="Initials">The initials of a name of three words or more.</param>
internal sealed record ResolvedOrganization(long EntityId, Place? Place, string Written, string? Acronym, string? Initials);
