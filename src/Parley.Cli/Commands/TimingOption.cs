using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Parley.Cli.Commands;

/// <summary>
/// The <c>--timing</c> option of the reading commands. A command's wall-clock time is mostly the .NET
/// start-up; this separates what the command itself took, so query times can be checked from the shell.
/// </summary>
public static class TimingOption
{
    /// <summary>A new <c>--timing</c> option (System.CommandLine options belong to one command each).</summary>
    public static Option<bool> Create() => new("--timing")
    {
        Description = "Print to standard error how long the command took inside the process: opening the knowledge base, " +
                      "the query and the output, without the .NET start-up. Example: --timing",
    };

    /// <summary>Runs <paramref name="command"/>; when <paramref name="enabled"/>, then writes how long it took to standard error.</summary>
    public static int Run(CliConsole console, bool enabled, Func<int> command)
    {
        var clock = Stopwatch.StartNew();
        var exitCode = command();
        // Standard error, so --json output stays clean.
        if (enabled) console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"took {clock.Elapsed.TotalMilliseconds:F1} ms in the process"));
        return exitCode;
    }
}
