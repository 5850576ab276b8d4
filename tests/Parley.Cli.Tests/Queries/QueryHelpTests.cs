namespace Parley.Cli.Tests.Queries;

/// <summary>The help of the query commands explains every option with an example.</summary>
public sealed class QueryHelpTests
{
    public static TheoryData<string, string[]> CommandOptions() => new()
    {
        { "events", ["--from", "--to", "--type", "--mode", "--place", "--person", "--org", "--topic", "--text", "--limit", "--json", "--db", "--timing"] },
        { "network", ["--from", "--to", "--type", "--mode", "--place", "--person", "--org", "--topic", "--text", "--level", "--by-topic", "--limit", "--json", "--db", "--timing"] },
        { "export", ["--format", "--out", "--level", "--place", "--person", "--db"] },
    };

    [Fact]
    public void Root_help_lists_the_query_commands()
    {
        var run = CliRun.Of("--help");

        run.Out.ShouldContain("events");
        run.Out.ShouldContain("network");
    }

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public void Command_help_explains_each_option_with_an_example(string command, string[] options)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Examples:");
        foreach (var option in options)
        {
            var line = run.Out.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
            line.ShouldNotBeNull($"{command} --help does not list {option}");
            var from = run.Out.IndexOf(line, StringComparison.Ordinal);
            var next = run.Out.IndexOf("\n  -", from + 1, StringComparison.Ordinal);
            var block = next < 0 ? run.Out[from..] : run.Out[from..next];
            block.ShouldContain("Example", Case.Sensitive, $"{command} {option}");
        }
    }
}
