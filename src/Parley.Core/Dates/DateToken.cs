namespace Parley.Dates;

/// <summary>One token of the date scanner: its class, its characters [Start, End), and its numeric value for numbers and ordinals.</summary>
/// <param name="Kind">The token class.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Value">The number for <see cref="DateTokenKind.Number"/> and <see cref="DateTokenKind.Ordinal"/> (capped, see <see cref="DateTokenizer"/>); 0 otherwise.</param>
/// <param name="Digits">How many digits the number has; 0 for words and symbols.</param>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int End, int Value, int Digits)
{
    /// <summary>True for a number or ordinal.</summary>
    public bool IsNumeric => Kind is DateTokenKind.Number or DateTokenKind.Ordinal;
}
