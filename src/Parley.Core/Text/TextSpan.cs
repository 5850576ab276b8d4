using System.Text.Json.Serialization;

namespace Parley.Text;

/// <summary>
/// A half-open character range [Start, End) in an article's cleaned text.
/// Every extracted fact carries at least one, so a user can see the exact words behind it.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    [JsonIgnore]
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    [JsonIgnore]
    public bool IsEmpty => End <= Start;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
