using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Model;

/// <summary>Reads and writes <see cref="ArticleRecord"/>s in the spec's JSON shape (snake_case, nulls kept).</summary>
public static class RecordJson
{
    /// <summary>Options for the spec shape; indented output.</summary>
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>Options for the spec shape; one line per record (JSON lines).</summary>
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = indented,
        // Names and titles are shown to people: keep "’" and diacritics readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ArticleRecord record, bool indented = true) =>
        JsonSerializer.Serialize(record, indented ? Indented : Compact);

    public static ArticleRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleRecord>(json, Indented)
        ?? throw new JsonException("The JSON is null, not a record.");
}
