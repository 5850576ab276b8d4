namespace Parley.Evaluation;

/// <summary>Precision, recall and F1 of one figure.</summary>
/// <param name="Precision">Share of predicted items that are right.</param>
/// <param name="Recall">Share of gold items that were found.</param>
/// <param name="F1">Harmonic mean of the two.</param>
public sealed record PrfFigures(double Precision, double Recall, double F1);
