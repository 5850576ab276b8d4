namespace Parley.Store.Queries;

/// <summary>
/// One criterion of a filter in SQL, in the two forms a plan may need: a check on one event (aliased
/// <c>e</c>) and, for criteria with an index of their own, a query of the ids of the events that can match,
/// to start from.
/// </summary>
/// <param name="Check">A boolean SQL expression on the event <c>e</c>.</param>
/// <param name="Candidates">A query of event ids (one column, <c>event_id</c>) through the criterion's index, or null.</param>
/// <param name="Probe">
/// A query whose rows, counted up to a cap, tell how many events the criterion lets through (its own
/// candidates, or an index range on events), or null when it has no index to be counted on.
/// </param>
internal sealed record EventCondition(string Check, string? Candidates, string? Probe);
