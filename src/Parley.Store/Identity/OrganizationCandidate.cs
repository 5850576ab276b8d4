namespace Parley.Store.Identity;

/// <summary>An organization entity as listed when a name is looked up.</summary>
/// <param name="Id">The entity id (shown as <c>O{Id}</c>).</param>
/// <param name="Name">The display name.</param>
/// <param name="Place">The place it belongs to, when known.</param>
/// <param name="Articles">In how many articles it is named.</param>
public sealed record OrganizationCandidate(long Id, string Name, string? Place, int Articles)
{
    /// <summary>The id as users write it.</summary>
    public string Reference => $"O{Id}";
}
