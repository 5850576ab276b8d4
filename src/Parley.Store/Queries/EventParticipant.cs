namespace Parley.Store.Queries;

/// <summary>A participant of a listed event.</summary>
/// <param name="PersonId">The person entity, or null when the name has not been resolved to one.</param>
/// <param name="Name">The name as written in the event.</param>
public sealed record EventParticipant(long? PersonId, string Name);
