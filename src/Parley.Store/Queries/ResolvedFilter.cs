namespace Parley.Store.Queries;

/// <summary>
/// An <see cref="EventFilter"/> with its names looked up. Each list is null when the filter does not name
/// that kind of entity, empty when it names one the store does not hold, and has several entries when a
/// name is ambiguous (two people called the same, two places of one name): events of any of them match.
/// </summary>
/// <param name="Filter">The filter as given.</param>
/// <param name="People">The person entities the filter's person name stands for.</param>
/// <param name="Organizations">The organization entities the filter's organization name stands for.</param>
/// <param name="Places">The place entities the filter's place name stands for.</param>
public sealed record ResolvedFilter(
    EventFilter Filter,
    IReadOnlyList<EntityMatch>? People,
    IReadOnlyList<EntityMatch>? Organizations,
    IReadOnlyList<EntityMatch>? Places)
{
    /// <summary>True when a name in the filter matched nothing stored, so no event can match.</summary>
    public bool MatchesNothing => People is [] || Organizations is [] || Places is [];
}
