using Parley.Text;

namespace Parley.Model;

/// <summary>A title held by a person, as written, and the organization it belongs to.</summary>
public sealed record PositionRecord
{
    /// <summary>Role words without the organization ("Vice Chairman", "Secretary of the Party Leadership Group").</summary>
    public required string Title { get; init; }

    /// <summary>The organization as written nearest to the title; null when not stated.</summary>
    public string? Org { get; init; }

    /// <summary>Cleaned-text span(s) of the title and organization.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];
}
