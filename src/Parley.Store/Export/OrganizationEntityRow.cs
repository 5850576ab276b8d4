namespace Parley.Store.Export;

/// <summary>One organization entity, flattened for tabular export.</summary>
/// <remarks>Init properties: <see cref="Names"/> is a computed column, which Dapper cannot map onto a constructor on an empty result.</remarks>
public sealed record OrganizationEntityRow
{
    /// <summary>The entity id (stable: never renumbered).</summary>
    public required long OrganizationKey { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>Every name articles use for it, joined with "; ".</summary>
    public string Names { get; init; } = "";

    /// <summary>The place entity named in it ("Harbin Municipal Government" → Harbin), or null.</summary>
    public long? PlaceKey { get; init; }
}
