using Parley.Model;

namespace Parley.Store.Export;

/// <summary>Writes every stored record as JSON lines: one compact spec-shaped record per line, streamed.</summary>
public static class JsonLinesExporter
{
    /// <summary>Writes the records to <paramref name="output"/>; returns how many were written.</summary>
    public static int Export(IKnowledgeStore store, TextWriter output)
    {
        var count = 0;
        foreach (var record in store.Records())
        {
            output.Write(RecordJson.Serialize(record, indented: false));
            // "\n" rather than the platform newline: JSON lines files should not differ by OS.
            output.Write('\n');
            count++;
        }
        return count;
    }
}
