using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley export</c>: writes what is stored.</summary>
public static class ExportCommand
{
    public static Command Create() => new("export", "Export the knowledge base.");
}
