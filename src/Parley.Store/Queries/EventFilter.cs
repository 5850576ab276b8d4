namespace Parley.Store.Queries;

/// <summary>
/// Which stored events a query looks at, shared by <c>parley events</c>, <c>parley network</c> and the graph
/// exports. Every criterion that is set must hold (they combine with AND); one left null does not restrict.
/// Names (person, organization, place) are compared as the spec normalizes them: case, accents and
/// punctuation do not matter.
/// </summary>
public sealed record EventFilter
{
    /// <summary>No criteria: every event.</summary>
    public static EventFilter All { get; } = new();

    /// <summary>Events that start on or after this date.</summary>
    public DateBound? From { get; init; }

    /// <summary>Events that start on or before this date.</summary>
    public DateBound? To { get; init; }

    /// <summary>meeting, visit, conference or signing.</summary>
    public string? Type { get; init; }

    /// <summary>in_person or virtual.</summary>
    public string? Mode { get; init; }

    /// <summary>A place; events located in it or anywhere inside it (a province matches its cities and counties).</summary>
    public string? Place { get; init; }

    /// <summary>A person's name; events that person took part in, under any spelling resolved to the same person.</summary>
    public string? Person { get; init; }

    /// <summary>An organization's name; events it took part in, or at which a participant held a position in it.</summary>
    public string? Organization { get; init; }

    /// <summary>A topic label of the spec (trade, investment, ...).</summary>
    public string? Topic { get; init; }

    /// <summary>Words that must all occur in the title or text of the article reporting the event (full-text search).</summary>
    public string? Text { get; init; }
}
