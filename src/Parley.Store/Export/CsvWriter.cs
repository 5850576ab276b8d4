namespace Parley.Store.Export;

/// <summary>
/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field quoted
/// (with its quotes doubled) when it holds a comma, a quote, a CR or an LF. Null is an empty field.
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    /// <summary>Writes one record.</summary>
    public void WriteRow(params IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.Write(',');
            WriteField(fields[i]);
        }
        output.Write("\r\n");
    }

    private void WriteField(string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(field);
            return;
        }
        output.Write('"');
        output.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }
}
