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

    // Words that make a party one already spoken of: "the delegation", "their representatives".
    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "his", "her", "its", "their", "our" };

    // Words that may stand between the determiner and the party: "the party and government delegation".
    private const int MaxModifiers = 5;

    /// <summary>
    /// True when the sentence names a party not spoken of before: "Representatives of 45 companies", "a
    /// business delegation" (not "the delegation", which is the article's own party).
    /// </summary>
    public static bool HasUnnamedParty(IReadOnlyList<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!Is(tokens[i])) continue;
            var definite = false;
            for (var k = i - 1; k >= Math.Max(sentence.FirstToken, i - 1 - MaxModifiers) && !definite; k--)
                definite = Definite.Contains(tokens[k].Value);
            if (!definite) return true;
        }
        return false;
    }
}
