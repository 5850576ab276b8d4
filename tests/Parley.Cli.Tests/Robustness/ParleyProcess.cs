using System.Diagnostics;
using System.Text;

namespace Parley.Cli.Tests.Robustness;

/// <summary>
/// The real <c>parley</c> command line as a child process (<c>dotnet parley.dll ARGS</c> from the test's
/// output folder), so tests can kill or interrupt it the way a user or the operating system would.
/// </summary>
internal sealed class ParleyProcess : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private ParleyProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts <c>parley ARGS</c> with output redirected (so it prints plain progress lines, no bar).</summary>
    public static ParleyProcess Start(params string[] args)
    {
        // The dotnet CLI tells its children where it is; a bare "dotnet" is found on PATH otherwise.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parley.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return new ParleyProcess(Process.Start(start) ?? throw new InvalidOperationException("parley did not start"));
    }

    /// <summary>True until the process ended.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it was doing, as on a crash or power cut.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Sends a signal by name (<c>INT</c> as Ctrl-C does, <c>TERM</c> as <c>kill</c> does).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{name} {_process.Id} failed");
    }

    /// <summary>Waits for the process to end; returns its exit code and everything it printed.</summary>
    public CliRun WaitForExit()
    {
        if (!_process.WaitForExit(ExitTimeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"parley did not end within {ExitTimeout}; output so far:\n{_out}");
        }
        // The parameterless overload also waits for the redirected output to be read to its end.
        _process.WaitForExit();
        lock (_out) lock (_error) return new CliRun(_process.ExitCode, _out.ToString(), _error.ToString());
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null) return;
        lock (buffer) buffer.AppendLine(line);
    }
}
