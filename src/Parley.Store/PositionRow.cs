namespace Parley.Store;

/// <summary>One title held by one person in one article, flattened for tabular export.</summary>
/// <remarks>Init properties: the entities are LEFT JOIN columns, which Dapper cannot map onto a constructor when they are null.</remarks>
public sealed record PositionRow
{
    /// <summary>The person entity, or null when the person was never resolved to one.</summary>
    public long? PersonKey { get; init; }

    /// <summary>The person's name as written in the article.</summary>
    public required string Name { get; init; }

    /// <summary>The title as written.</summary>
    public required string Title { get; init; }

    /// <summary>The organization as written, or null.</summary>
    public string? Org { get; init; }

    /// <summary>The organization entity, or null when the article names none.</summary>
    public long? OrganizationKey { get; init; }

    /// <summary>The record id of the article.</summary>
    public required string ArticleId { get; init; }
}
