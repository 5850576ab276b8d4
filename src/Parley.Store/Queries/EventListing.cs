namespace Parley.Store.Queries;

/// <summary>One event as <c>parley events</c> lists it.</summary>
public sealed record EventListing
{
    /// <summary>The store's key for the event.</summary>
    public required long Id { get; init; }

    /// <summary>The record id of the article that reported it.</summary>
    public required string ArticleId { get; init; }

    /// <summary>That article's headline, or null.</summary>
    public string? Title { get; init; }

    /// <summary>meeting, visit, conference or signing.</summary>
    public required string Type { get; init; }

    /// <summary>in_person or virtual.</summary>
    public required string Mode { get; init; }

    /// <summary>First day (<c>YYYY-MM-DD</c> or <c>YYYY-MM</c>), or null.</summary>
    public string? Start { get; init; }

    /// <summary>Last day, or null.</summary>
    public string? End { get; init; }

    /// <summary>Where, as written, or null.</summary>
    public string? Location { get; init; }

    /// <summary>The gazetteer place the location resolved to, or null.</summary>
    public string? Place { get; init; }

    /// <summary>Who took part, in the record's order.</summary>
    public IReadOnlyList<EventParticipant> Participants { get; init; } = [];

    /// <summary>Organizations that took part, as written.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>Topic labels.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Documents signed at the event.</summary>
    public IReadOnlyList<string> Agreements { get; init; } = [];
}
