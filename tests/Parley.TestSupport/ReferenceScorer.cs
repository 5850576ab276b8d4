using System.Diagnostics;

namespace Parley.Testing;

/// <summary>Runs shared/tools/score.py as a child process and captures its standard output.</summary>
public static class ReferenceScorer
{
    /// <summary>The output of <c>python3 score.py PRED GOLD [args]</c>; throws when it fails.</summary>
    public static string Run(string sharedRoot, string predDir, string goldDir, params string[] extraArgs)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(sharedRoot, "tools", "score.py"));
        psi.ArgumentList.Add(predDir);
        psi.ArgumentList.Add(goldDir);
        foreach (var a in extraArgs) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"score.py exited {process.ExitCode}: {stderr.Result}");
        return stdout;
    }
}
