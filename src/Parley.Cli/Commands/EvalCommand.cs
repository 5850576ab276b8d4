using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval</c>: scores extraction against gold records.</summary>
public static class EvalCommand
{
    public static Command Create() => new("eval", "Score extraction against gold records.");
}
