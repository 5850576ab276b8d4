using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Parley.Evaluation.Python;

/// <summary>
/// Reads JSON the way score.py does after <c>json.loads</c>: <c>d.get(k)</c> (missing and null are both None),
/// <c>x or []</c>, truthiness, Python <c>==</c> (1 == 1.0 == True) and hashing for sets.
/// Shapes that make score.py raise (e.g. <c>.get</c> on a list) throw <see cref="InvalidDataException"/>.
/// </summary>
internal static class LooseJson
{
    /// <summary>The empty record score.py uses for a missing prediction.</summary>
    public static JsonElement EmptyObject { get; } = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary><c>obj.get(key)</c>: null for a missing key or a JSON null; the last duplicate key wins, as in json.loads.</summary>
    public static JsonElement? Get(JsonElement obj, string key)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"score.py would fail: .get(\"{key}\") on a JSON {obj.ValueKind}.");
        JsonElement? found = null;
        foreach (var p in obj.EnumerateObject())
            if (p.NameEquals(key)) found = p.Value;
        return found is { ValueKind: JsonValueKind.Null } ? null : found;
    }

    /// <summary>The members of an object as a Python dict holds them: first position, last value.</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Properties(JsonElement obj)
    {
        var order = new List<string>();
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            if (!values.ContainsKey(p.Name)) order.Add(p.Name);
            values[p.Name] = p.Value;
        }
        return order.Select(k => new KeyValuePair<string, JsonElement>(k, values[k])).ToList();
    }

    /// <summary>Python truthiness: None, False, 0, "", [] and {} are false.</summary>
    public static bool Truthy(JsonElement? value)
    {
        if (value is not { } v) return false;
        return v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
            JsonValueKind.True => true,
            JsonValueKind.Number => IsInteger(v) ? !GetInteger(v).IsZero : GetFloat(v) != 0,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => false,
        };
    }

    /// <summary>
    /// <c>for x in (value or [])</c>: a list yields its items, a string its characters, a dict its keys;
    /// anything else truthy is not iterable in Python and throws.
    /// </summary>
    public static IEnumerable<JsonElement> IterateOrEmpty(JsonElement? value)
    {
        if (!Truthy(value)) return [];
        var v = value!.Value;
        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray().ToList(),
            JsonValueKind.String => Unicode.PythonUnicode.CodePoints(v.GetString()!)
                .Select(cp => JsonSerializer.SerializeToElement(Unicode.PythonUnicode.FromCodePoints([cp]))).ToList(),
            JsonValueKind.Object => Properties(v).Select(p => JsonSerializer.SerializeToElement(p.Key)).ToList(),
            _ => throw new InvalidDataException($"score.py would fail: a JSON {v.ValueKind} is not iterable."),
        };
    }

    /// <summary>True when json.loads makes this number an int (no fraction or exponent in the text).</summary>
    public static bool IsInteger(JsonElement number) => number.GetRawText().IndexOfAny(['.', 'e', 'E']) < 0;

    /// <summary>The number as Python's arbitrary-precision int.</summary>
    public static BigInteger GetInteger(JsonElement number) =>
        BigInteger.Parse(number.GetRawText(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>The number as Python's float (overflow gives infinity, as in json.loads).</summary>
    public static double GetFloat(JsonElement number) =>
        double.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Python <c>a == b</c> on two loaded values (None when missing).</summary>
    public static bool PyEquals(JsonElement? a, JsonElement? b)
    {
        var an = a is null || a.Value.ValueKind == JsonValueKind.Null;
        var bn = b is null || b.Value.ValueKind == JsonValueKind.Null;
        if (an || bn) return an && bn;
        var x = a!.Value;
        var y = b!.Value;
        if (IsNumeric(x) && IsNumeric(y)) return NumericEquals(x, y);
        if (x.ValueKind != y.ValueKind) return false;
        switch (x.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(x.GetString(), y.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                if (x.GetArrayLength() != y.GetArrayLength()) return false;
                return x.EnumerateArray().Zip(y.EnumerateArray()).All(p => PyEquals(p.First, p.Second));
            case JsonValueKind.Object:
                var px = Properties(x);
                var py = Properties(y).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                return px.Count == py.Count && px.All(p => py.TryGetValue(p.Key, out var other) && PyEquals(p.Value, other));
            default:
                return false;
        }
    }

    /// <summary>
    /// A key equal for values Python's set treats as equal (1, 1.0 and True collide); lists and dicts
    /// are unhashable in Python and throw.
    /// </summary>
    public static string HashKey(JsonElement? value)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return "n";
        if (v.ValueKind == JsonValueKind.String) return "s" + v.GetString();
        if (IsNumeric(v))
        {
            if (v.ValueKind != JsonValueKind.Number || IsInteger(v)) return "i" + AsInteger(v).ToString(CultureInfo.InvariantCulture);
            var d = GetFloat(v);
            return double.IsFinite(d) && Math.Floor(d) == d
                ? "i" + new BigInteger(d).ToString(CultureInfo.InvariantCulture)
                : "f" + d.ToString("R", CultureInfo.InvariantCulture);
        }
        throw new InvalidDataException($"score.py would fail: a JSON {v.ValueKind} is unhashable.");
    }

    private static bool IsNumeric(JsonElement v) =>
        v.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static BigInteger AsInteger(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => BigInteger.One,
        JsonValueKind.False => BigInteger.Zero,
        _ => GetInteger(v),
    };

    // Python compares int and float exactly (no rounding of the int to a double).
    private static bool NumericEquals(JsonElement x, JsonElement y)
    {
        var xInt = x.ValueKind != JsonValueKind.Number || IsInteger(x);
        var yInt = y.ValueKind != JsonValueKind.Number || IsInteger(y);
        if (xInt && yInt) return AsInteger(x) == AsInteger(y);
        if (!xInt && !yInt) return GetFloat(x) == GetFloat(y);
        var (i, f) = xInt ? (AsInteger(x), GetFloat(y)) : (AsInteger(y), GetFloat(x));
        return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
    }
}
