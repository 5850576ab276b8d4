using System.Text;

namespace Parley.Store.Tests;

/// <summary>A minimal RFC 4180 reader, so the tests check what a real CSV consumer would see.</summary>
internal static class CsvTestReader
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
