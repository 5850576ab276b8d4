namespace Parley.Store.Export;

/// <summary>One person entity, flattened for tabular export.</summary>
/// <remarks>Init properties: <see cref="Names"/> is a computed column, which Dapper cannot map onto a constructor on an empty result.</remarks>
public sealed record PersonEntityRow
{
    /// <summary>The entity id (stable: never renumbered).</summary>
    public required long PersonKey { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Every spelling articles use for the person, joined with "; ".</summary>
    public string Names { get; init; } = "";
}
