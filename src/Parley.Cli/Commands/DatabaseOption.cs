using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>The <c>--db PATH</c> option every command that reads or writes the knowledge base takes.</summary>
public static class DatabaseOption
{
    /// <summary>The file used when <c>--db</c> is not given: <c>parley.db</c> in the working directory.</summary>
    public const string DefaultPath = "parley.db";

    /// <summary>A new <c>--db</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<string> Create() => new("--db")
    {
        Description = $"The SQLite knowledge base file (created when missing). Default: ./{DefaultPath}. Example: --db data/engagements.db",
        DefaultValueFactory = _ => DefaultPath,
        HelpName = "PATH",
    };
}
