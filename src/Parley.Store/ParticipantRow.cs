namespace Parley.Store;

/// <summary>One participant of one event, flattened for tabular export.</summary>
/// <param name="EventKey">The store's key for the event.</param>
/// <param name="PersonKey">The store's key for the person entity.</param>
/// <param name="Name">The name as written in the event.</param>
public sealed record ParticipantRow(long EventKey, long PersonKey, string Name);
