using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Words that stand for a party of people met without their names: "received a delegation", "the two
/// sides held talks", "met with officials". A meeting needs someone to meet; these count.
/// </summary>
public static class DelegationWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "delegation", "delegations", "delegates", "officials", "guests", "visitors", "ambassador", "representatives", "counterpart", "counterparts", "sides", "leaders",
    };

    /// <summary>True when the token is such a word.</summary>
    public static bool Is(Token token) => token.Kind == TokenKind.Word && Words.Contains(token.Value);

    /// <summary>True when the sentence has such a word.</summary>
    public static bool AnyIn(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (Is(tokens[i])) return true;
        return false;
    }
}
