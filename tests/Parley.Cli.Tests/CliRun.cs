namespace Parley.Cli.Tests;

/// <summary>The result of running <c>parley</c> in-process with captured, non-interactive output.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the CLI with <paramref name="args"/> exactly as <c>Program</c> does, but with writers instead of the console.</summary>
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ParleyCli.Run(args, new CliConsole(output, error, interactive: false));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
