using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest</c>: reads articles, extracts their records and stores them.</summary>
public static class IngestCommand
{
    public static Command Create() => new("ingest", "Ingest articles into the knowledge base.");
}
