namespace Parley.Evaluation;

/// <summary>score.py's <c>--per-doc</c> row for one gold document.</summary>
/// <param name="Id">The gold file's stem.</param>
/// <param name="PeopleF1">F1 of this document's normalized people names.</param>
/// <param name="PairedEvents">Gold events paired with a predicted one.</param>
/// <param name="GoldEvents">Gold events.</param>
/// <param name="PredictedEvents">Predicted events.</param>
/// <param name="MetPairsF1">F1 of this document's who-met-whom pairs.</param>
public sealed record DocumentFigures(string Id, double PeopleF1, int PairedEvents, int GoldEvents, int PredictedEvents, double MetPairsF1);
