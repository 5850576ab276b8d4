using Parley.Text;

namespace Parley.Recognition;

/// <summary>A recognized span: a name, a title, an organization, a place, a date or an event word.</summary>
/// <param name="Kind">What it denotes.</param>
/// <param name="Span">Its characters in the cleaned text.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Value">Its normalized value: the name as recorded, the title words, the place's gazetteer name, the ISO date.</param>
public sealed record Mention(MentionKind Kind, TextSpan Span, int FirstToken, int EndToken, string Value);
