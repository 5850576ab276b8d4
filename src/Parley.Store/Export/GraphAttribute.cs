namespace Parley.Store.Export;

/// <summary>One attribute written for every node or edge of a graph.</summary>
/// <param name="Name">The attribute's name as the analyst's tool shows it.</param>
/// <param name="Type">Its value type.</param>
/// <param name="Value">Its value for one node or edge; null leaves it out for that one.</param>
internal sealed record GraphAttribute<T>(string Name, GraphValueType Type, Func<T, string?> Value);
