namespace Parley.Bench.Scale;

/// <summary>One query shape to time: what a user would type, and the call that answers it.</summary>
/// <param name="Command">The equivalent command line, for the report.</param>
/// <param name="Run">Runs the query once; returns a short description of the answer (its size).</param>
internal sealed record TimedQuery(string Command, Func<string> Run);
