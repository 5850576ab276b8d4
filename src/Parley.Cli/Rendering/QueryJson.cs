using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Cli.Rendering;

/// <summary>How <c>--json</c> output of the query commands is written: snake_case keys like the spec's records, indented.</summary>
internal static class QueryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Names stay readable ("São Paulo", "Xi'an") instead of \u escapes; the output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes <paramref name="value"/> and a newline.</summary>
    public static void Write(TextWriter output, object value)
    {
        output.Write(JsonSerializer.Serialize(value, Options));
        output.Write('\n');
    }
}
