using Parley.Text;

namespace Parley.Extraction;

/// <summary>Maps character offsets to token indices, to line up spans found on raw text with tokens.</summary>
public static class TokenIndex
{
    /// <summary>Token index by the offset of its first character.</summary>
    public static Dictionary<int, int> ByStart(IReadOnlyList<Token> tokens)
    {
        var map = new Dictionary<int, int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) map[tokens[i].Span.Start] = i;
        return map;
    }

    /// <summary>Token index by the offset one past its last character.</summary>
    public static Dictionary<int, int> ByEnd(IReadOnlyList<Token> tokens)
    {
        var map = new Dictionary<int, int>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) map[tokens[i].Span.End] = i;
        return map;
    }
}
