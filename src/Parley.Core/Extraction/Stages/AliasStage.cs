using Parley.Recognition;
using Parley.Text;

namespace Parley.Extraction.Stages;

/// <summary>
/// Finds organization aliases the article defines: "China Council for the Promotion of International
/// Trade (CCPIT)". The full name is the shortest run of words before the parenthesis whose initials
/// spell the acronym, so "the Third Plenum of the Communist Party of China (CPC)" gives
/// "Communist Party of China".
/// </summary>
public sealed class AliasStage(OrganizationChain chain) : IExtractionStage
{
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "the", "and", "&", "on", "in", "at", "to" };

    public string Name => "aliases";

    public void Run(ArticleAnalysis analysis)
    {
        var tokens = analysis.Tokens;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var none = new HashSet<int>();
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (!tokens[i].Is('(') || !tokens[i + 2].Is(')')) continue;
            var acronym = tokens[i + 1];
            if (acronym.Kind != TokenKind.Word || acronym.Value.Count(char.IsUpper) < 2) continue;
            var found = chain.ReadBackward(analysis.Text, tokens, i, analysis.SentenceOf(i).FirstToken, none);
            if (found is null) continue;
            var letters = new string(acronym.Value.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray());
            for (var start = found.Value.Start; start < i; start++)
            {
                if (Skippable.Contains(tokens[start].Value)) continue; // a name starts with a word of its own
                if (Initials(tokens, start, i) != letters) continue;
                var full = analysis.Text[tokens[start].Span.Start..tokens[i - 1].Span.End];
                if (seen.Add(full + "\u0001" + acronym.Value)) analysis.Aliases.Add([full, acronym.Value]);
                break;
            }
        }
    }

    private static string Initials(IReadOnlyList<Token> tokens, int start, int end)
    {
        var chars = new List<char>();
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || Skippable.Contains(t.Value)) continue;
            // "U.S.-China" gives U, S, C; "Sub-council" gives S, C.
            var atStart = true;
            foreach (var c in t.Value)
            {
                if (char.IsLetter(c) && atStart) chars.Add(char.ToUpperInvariant(c));
                atStart = c is '.' or '-' or '‐';
            }
        }
        return new string(chars.ToArray());
    }
}
