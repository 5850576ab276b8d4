namespace Parley.Fuzz.Tests;

/// <summary>An input that broke a target, with everything needed to replay it in the message.</summary>
internal sealed class FuzzFailureException(string message) : Exception(message);
