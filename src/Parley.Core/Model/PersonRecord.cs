using Parley.Text;

namespace Parley.Model;

/// <summary>A person named in the article body, with every title the article gives them.</summary>
public sealed record PersonRecord
{
    /// <summary>Full name as first written, honorifics dropped, family name first for Chinese names.</summary>
    public required string Name { get; init; }

    /// <summary>One entry per title.</summary>
    public IReadOnlyList<PositionRecord> Positions { get; init; } = [];

    /// <summary>Cleaned-text spans of every mention of this person.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];
}
