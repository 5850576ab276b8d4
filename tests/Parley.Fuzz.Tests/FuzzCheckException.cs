namespace Parley.Fuzz.Tests;

/// <summary>A result that came back without an exception but breaks an invariant of its API (a span outside the text, say).</summary>
internal sealed class FuzzCheckException(string message) : Exception(message)
{
    /// <summary>Throws when <paramref name="condition"/> is false.</summary>
    public static void Require(bool condition, string message)
    {
        if (!condition) throw new FuzzCheckException(message);
    }
}
