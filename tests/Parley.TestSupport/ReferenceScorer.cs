using System.Diagnostics;

namespace Parley.Testing;

/// <summary>Runs the reference tools in shared/tools (score.py, validate.py) as child processes.</summary>
public static class ReferenceScorer
{
    /// <summary>The output of <c>python3 score.py PRED GOLD [args]</c>; throws when it fails.</summary>
    public static string Run(string sharedRoot, string predDir, string goldDir, params string[] extraArgs)
    {
        var (exitCode, stdout, stderr) = RunTool(sharedRoot, "score.py", [predDir, goldDir, .. extraArgs]);
        if (exitCode != 0)
            throw new InvalidOperationException($"score.py exited {exitCode}: {stderr}");
        return stdout;
    }

    /// <summary>The exit code and output of <c>python3 validate.py DIR</c> (exit 1 and one line per problem when a record is off).</summary>
    public static (int ExitCode, string Output) Validate(string sharedRoot, string recordsDir)
    {
        var (exitCode, stdout, _) = RunTool(sharedRoot, "validate.py", [recordsDir]);
        return (exitCode, stdout);
    }

    private static (int ExitCode, string Stdout, string Stderr) RunTool(string sharedRoot, string tool, string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(sharedRoot, "tools", tool));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
