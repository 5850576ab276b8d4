using Parley.Text;

namespace Parley.Lexicons;

/// <summary>A place name found in running text.</summary>
/// <param name="Span">Characters of the text that name the place.</param>
/// <param name="Place">The best-ranked entry for that name (see <see cref="Gazetteer.TryFind"/>).</param>
public readonly record struct PlaceMatch(TextSpan Span, Place Place);
