using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// A title as written, split from its organization: "Secretary of the Party Leadership Group" with
/// organization "CCPIT Beijing", or "Mayor" with none.
/// </summary>
/// <param name="Title">The role words, including sub-units that are not organizations of their own.</param>
/// <param name="Organizations">The organizations the title belongs to (several for "Vice Chairman of A and B").</param>
/// <param name="Span">From the first role word to the end of the last organization.</param>
/// <param name="FirstToken">First token index.</param>
/// <param name="EndToken">One past the last token of the title and its organizations.</param>
public sealed record TitlePhrase(string Title, IReadOnlyList<string> Organizations, TextSpan Span, int FirstToken, int EndToken);
