using Parley.Evaluation.Python;

namespace Parley.Core.Tests.Evaluation;

/// <summary>Python's <c>:.3f</c>/<c>:.2f</c> and <c>repr(float)</c> on values where naive formatting differs (expected values printed by Python).</summary>
public sealed class PythonFloatFormatTests
{
    [Theory]
    [InlineData(0.0005, "0.001", "0.00")]
    [InlineData(0.1235, "0.123", "0.12")]
    [InlineData(2.0 / 3.0, "0.667", "0.67")]
    [InlineData(0.0625, "0.062", "0.06")]
    [InlineData(0.125, "0.125", "0.12")]
    [InlineData(1.0, "1.000", "1.00")]
    [InlineData(0.0015, "0.002", "0.00")]
    [InlineData(2.675, "2.675", "2.67")]
    [InlineData(1e-7, "0.000", "0.00")]
    [InlineData(0.9995, "1.000", "1.00")]
    [InlineData(-0.0, "-0.000", "-0.00")]
    public void Fixed_rounds_the_exact_binary_value_half_to_even(double value, string three, string two)
    {
        PythonFloatFormat.Fixed(value, 3).ShouldBe(three);
        PythonFloatFormat.Fixed(value, 2).ShouldBe(two);
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1.5e16, "1.5e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123.456, "123.456")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.1, "0.1")]
    [InlineData(100.0, "100.0")]
    public void Repr_matches_python(double value, string expected) => PythonFloatFormat.Repr(value).ShouldBe(expected);
}
