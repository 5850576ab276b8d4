namespace Parley.Evaluation;

/// <summary>Every figure score.py reports (spec §4), micro-averaged over the documents.</summary>
public sealed record EvalFigures
{
    /// <summary>Number of gold documents scored.</summary>
    public required int Documents { get; init; }

    /// <summary>Share of documents whose <c>published</c> equals gold's.</summary>
    public required double Published { get; init; }

    /// <summary>Normalized people names per document.</summary>
    public required PrfFigures People { get; init; }

    /// <summary>(name, title, org) triples, one-to-one.</summary>
    public required PrfFigures Positions { get; init; }

    /// <summary>Events paired one-to-one.</summary>
    public required PrfFigures Events { get; init; }

    /// <summary>Share of gold events paired with one of the same type.</summary>
    public required double EventType { get; init; }

    /// <summary>Share of gold events paired with one of the same start and end.</summary>
    public required double EventDate { get; init; }

    /// <summary>Over gold events with a location, share paired with one whose location matches.</summary>
    public required double EventLocation { get; init; }

    /// <summary>Participant names over paired events; unpaired ones count as missed or spurious.</summary>
    public required PrfFigures Participants { get; init; }

    /// <summary>Who-met-whom person pairs per document.</summary>
    public required PrfFigures MetPairs { get; init; }

    /// <summary>Topic labels over paired events.</summary>
    public required PrfFigures Topics { get; init; }

    /// <summary>The headline: mean of people F1, positions F1, events F1, event_date and met_pairs F1.</summary>
    public required double Score { get; init; }

    /// <summary>One row per gold document, in score.py's order (sorted file names).</summary>
    public IReadOnlyList<DocumentFigures> PerDocument { get; init; } = [];
}
