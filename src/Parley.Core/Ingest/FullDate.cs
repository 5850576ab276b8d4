using Parley.Text;

namespace Parley.Ingest;

/// <summary>One full calendar date (day, month and year) written in a text.</summary>
/// <param name="Date">The date as <c>YYYY-MM-DD</c>.</param>
/// <param name="Span">Where it is written.</param>
/// <param name="IsNumeric">True for all-digit forms (<c>2024-4-7</c>, <c>2019/05/12</c>, <c>2021年3月5日</c>), which prose rarely uses.</param>
public readonly record struct FullDate(string Date, TextSpan Span, bool IsNumeric);
