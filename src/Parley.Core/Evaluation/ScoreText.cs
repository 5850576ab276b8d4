using System.Text;
using System.Text.Json;
using Parley.Evaluation.Python;
using Parley.Evaluation.Unicode;

namespace Parley.Evaluation;

/// <summary>
/// score.py's text comparison helpers: <c>norm</c>, <c>words</c> and <c>contains_words</c>, character for character.
/// </summary>
public static class ScoreText
{
    /// <summary>
    /// score.py's <c>norm</c>: NFKD, combining marks dropped, <c>str.lower()</c>, every non-word non-space
    /// character and <c>_</c> turned into a space, whitespace runs collapsed, trimmed, a leading
    /// <c>"the "</c> removed. Null stays null.
    /// </summary>
    public static string? Norm(string? s)
    {
        if (s is null) return null;
        var cps = PythonUnicode.ToLower(PythonUnicode.DecomposeWithoutCombining(PythonUnicode.CodePoints(s)));
        var sb = new StringBuilder(cps.Count);
        var pendingSpace = false;
        foreach (var cp in cps)
        {
            // re.sub(r"[^\w\s]|_", " ") then re.sub(r"\s+", " ").strip(): punctuation joins the whitespace run.
            var isSpace = cp == '_' || PythonUnicode.IsSpace(cp) || !PythonUnicode.IsWord(cp);
            if (isSpace)
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.Length > 0) sb.Append(' ');
            pendingSpace = false;
            PythonUnicode.AppendCodePoint(sb, cp);
        }
        var result = sb.ToString();
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    /// <summary><c>norm(value)</c> on a loaded JSON value: None stays null, anything else goes through Python's <c>str()</c>.</summary>
    internal static string? Norm(JsonElement? value) =>
        value is not { } v || v.ValueKind == JsonValueKind.Null ? null : Norm(PythonRepr.Str(v));

    /// <summary>score.py's <c>words</c>: the set of normalized words, empty when the value is falsy.</summary>
    internal static HashSet<string> Words(JsonElement? value) =>
        LooseJson.Truthy(value)
            ? new HashSet<string>(Norm(value)!.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>score.py's <c>contains_words</c>: one normalized text contains the other as whole words.</summary>
    public static bool ContainsWords(string? a, string? b) => ContainsNormalized(NormForFString(a), NormForFString(b));

    /// <summary><see cref="ContainsWords(string?, string?)"/> on loaded JSON values.</summary>
    internal static bool ContainsWords(JsonElement? a, JsonElement? b) =>
        ContainsNormalized(Norm(a) ?? "None", Norm(b) ?? "None");

    // f" {norm(None)} " prints "None", which is what Python would compare.
    private static string NormForFString(string? s) => Norm(s) ?? "None";

    private static bool ContainsNormalized(string na, string nb)
    {
        var a = " " + na + " ";
        var b = " " + nb + " ";
        return na.Length > 0 && nb.Length > 0
            && (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal));
    }
}
