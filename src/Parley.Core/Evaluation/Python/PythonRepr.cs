using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Evaluation.Unicode;

namespace Parley.Evaluation.Python;

/// <summary>
/// Python's <c>str()</c> and <c>repr()</c> of a value loaded by <c>json.loads</c>. score.py's <c>norm</c>
/// calls <c>str(s)</c>, so a number or a list where a name belongs is compared as Python prints it.
/// </summary>
internal static class PythonRepr
{
    /// <summary>Python's <c>str(value)</c>.</summary>
    public static string Str(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : Repr(value);

    /// <summary>Python's <c>repr(value)</c>.</summary>
    public static string Repr(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "None",
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Number => LooseJson.IsInteger(value)
            ? LooseJson.GetInteger(value).ToString(CultureInfo.InvariantCulture)
            : PythonFloatFormat.Repr(LooseJson.GetFloat(value)),
        JsonValueKind.String => StrRepr(value.GetString()!),
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", LooseJson.Properties(value).Select(p => StrRepr(p.Key) + ": " + Repr(p.Value))) + "}",
        _ => throw new InvalidDataException($"Unexpected JSON value kind {value.ValueKind}."),
    };

    /// <summary>CPython's <c>unicode_repr</c>: quote choice and escapes of non-printable characters.</summary>
    public static string StrRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var cp in PythonUnicode.CodePoints(s))
        {
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7F) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7F || PythonUnicode.IsPrintable(cp)) PythonUnicode.AppendCodePoint(sb, cp);
            else if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote).ToString();
    }
}
