using Parley.Text;

namespace Parley.Model;

/// <summary>One engagement: a meeting, visit, conference or signing reported as having happened.</summary>
public sealed record EventRecord
{
    /// <summary><c>meeting</c>, <c>visit</c>, <c>conference</c> or <c>signing</c> (see <see cref="EventTypes"/>).</summary>
    public required string Type { get; init; }

    /// <summary><c>in_person</c> or <c>virtual</c>.</summary>
    public string Mode { get; init; } = EventModes.InPerson;

    /// <summary>First day, <c>YYYY-MM-DD</c> or <c>YYYY-MM</c>; null when the text gives no date.</summary>
    public string? Start { get; init; }

    /// <summary>Last day, same forms as <see cref="Start"/>; null exactly when Start is.</summary>
    public string? End { get; init; }

    /// <summary>The city (or province/country) where it took place; null when virtual or unstated.</summary>
    public string? Location { get; init; }

    /// <summary>Full names of people who took part; each is in the record's people list.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Organizations and delegations that took part, as written.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>Documents signed at the event.</summary>
    public IReadOnlyList<string> Agreements { get; init; } = [];

    /// <summary>Labels from <see cref="Topics"/>.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Cleaned-text spans of the sentences the event came from.</summary>
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];
}

/// <summary>The event types of the spec.</summary>
public static class EventTypes
{
    public const string Meeting = "meeting";
    public const string Visit = "visit";
    public const string Conference = "conference";
    public const string Signing = "signing";
}

/// <summary>The event modes of the spec.</summary>
public static class EventModes
{
    public const string InPerson = "in_person";
    public const string Virtual = "virtual";
}
