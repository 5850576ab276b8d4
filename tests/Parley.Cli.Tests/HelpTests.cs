namespace Parley.Cli.Tests;

/// <summary><c>parley --help</c> and each command's help explain every command and option, with examples.</summary>
public sealed class HelpTests
{
    public static TheoryData<string, string[]> CommandOptions() => new()
    {
        { "ingest", ["--db", "--strict"] },
        { "extract", ["--out", "--explain"] },
        { "eval", ["--gold", "--per-doc", "--json"] },
        { "export", ["--format", "--out", "--db"] },
    };

    [Fact]
    public void Root_help_lists_every_command()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.ShouldBe(0);
        foreach (var command in new[] { "ingest", "extract", "eval", "export" }) run.Out.ShouldContain(command);
        run.Out.ShouldContain("Examples:");
    }

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public void Command_help_explains_each_option_with_an_example(string command, string[] options)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Example");
        foreach (var option in options)
        {
            var line = run.Out.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(option, StringComparison.Ordinal));
            line.ShouldNotBeNull($"{command} --help does not list {option}");
            // The description (possibly wrapped) follows the option on its line and carries an example.
            var from = run.Out.IndexOf(line, StringComparison.Ordinal);
            var next = run.Out.IndexOf("\n  -", from + 1, StringComparison.Ordinal);
            var block = next < 0 ? run.Out[from..] : run.Out[from..next];
            block.ShouldContain("Example", Case.Sensitive, $"{command} {option}");
        }
    }
}
