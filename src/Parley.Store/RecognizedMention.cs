using Parley.Text;

namespace Parley.Store;

/// <summary>A span of the cleaned text that a recognizer labelled (a person, an organization, a date, ...).</summary>
/// <param name="Kind">What was recognized, e.g. <c>person</c>, <c>org</c>, <c>place</c>, <c>date</c>.</param>
/// <param name="Span">Where, in the cleaned text.</param>
/// <param name="Text">The covered characters, so the row reads without the article.</param>
public sealed record RecognizedMention(string Kind, TextSpan Span, string Text);
