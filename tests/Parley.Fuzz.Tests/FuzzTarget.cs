namespace Parley.Fuzz.Tests;

/// <summary>One entry point under fuzz: how to make an input for it and how to run it.</summary>
/// <param name="Name">Short name, used in reports, failure files and test names.</param>
/// <param name="FileExtension">Extension of a saved failing file input (texts are saved as <c>.utf16</c>).</param>
/// <param name="Generate">Makes the input of one iteration from that iteration's random source; the int is the largest size.</param>
/// <param name="Run">Runs the entry point on the input; throws <see cref="FuzzCheckException"/> when a result breaks an invariant.</param>
internal sealed record FuzzTarget(string Name, string FileExtension, Func<Random, int, FuzzInput> Generate, Action<FuzzInput> Run);
