using Spectre.Console;

namespace Parley.Cli.Rendering;

/// <summary>Tables of stored data: every cell is plain text (names may hold '['), and a missing value shows as "–".</summary>
public static class Tables
{
    /// <summary>A rounded table with the given column headings.</summary>
    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(new Spectre.Console.Text(column)));
        return table;
    }

    /// <summary>Adds one row of values.</summary>
    public static void AddRow(Table table, params string?[] values) =>
        table.AddRow(values.Select(v => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(string.IsNullOrEmpty(v) ? "–" : v)).ToArray());
}
