using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Where a command writes, and whether a person is watching: interactive output gets colors and a live
/// progress bar, redirected output (files, pipes, tests) gets plain text that reads well in a log.
/// </summary>
public sealed class CliConsole
{
    /// <summary>Creates a console writing to the given writers.</summary>
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Ansi = interactive
            ? AnsiConsole.Console
            : AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
        // A log or pipe has no window to fit: a wider table keeps names on one line.
        if (!interactive) Ansi.Profile.Width = 120;
    }

    /// <summary>The process console; interactive only when standard output is a terminal.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error,
        interactive: !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, for failures.</summary>
    public TextWriter Error { get; }

    /// <summary>True when output goes to a terminal a person is watching.</summary>
    public bool Interactive { get; }

    /// <summary>Renders tables and markup onto <see cref="Out"/> (without colors when not interactive).</summary>
    public IAnsiConsole Ansi { get; }
}
