namespace Parley.Store;

/// <summary>One participant of one event, flattened for tabular export.</summary>
/// <remarks>Init properties: the person is a LEFT JOIN column, which Dapper cannot map onto a constructor when it is null.</remarks>
public sealed record ParticipantRow
{
    /// <summary>The store's key for the event.</summary>
    public required long EventKey { get; init; }

    /// <summary>The person entity, or null when the name was never resolved to one.</summary>
    public long? PersonKey { get; init; }

    /// <summary>The name as written in the event.</summary>
    public required string Name { get; init; }
}
