namespace Parley.Store.Queries;

/// <summary>The events a filter matches: how many, and the newest of them.</summary>
/// <param name="Filter">The filter with the entities its names stood for.</param>
/// <param name="Total">How many events match, counted up to the cap asked for.</param>
/// <param name="TotalIsLowerBound">True when counting stopped at the cap: more than <paramref name="Total"/> events match.</param>
/// <param name="Events">The matching events, newest start first (undated last), up to the limit asked for.</param>
public sealed record EventPage(ResolvedFilter Filter, int Total, bool TotalIsLowerBound, IReadOnlyList<EventListing> Events);
