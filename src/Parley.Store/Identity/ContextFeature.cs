namespace Parley.Store.Identity;

/// <summary>One piece of context of a person, how often it occurs and when it was seen.</summary>
/// <param name="Kind">One of <see cref="FeatureKinds"/>.</param>
/// <param name="Value">The organization, place, title, peer or sector.</param>
/// <param name="Count">In how many mentions it occurs.</param>
/// <param name="Seen">The dates of those mentions.</param>
internal sealed record ContextFeature(string Kind, string Value, int Count, DateSpan Seen);
