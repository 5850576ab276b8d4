using System.Globalization;
using System.Numerics;
using System.Text;

namespace Parley.Evaluation.Python;

/// <summary>
/// Python's float formatting: <c>f"{x:.3f}"</c> (exact binary value, ties to even) and <c>repr(x)</c>.
/// .NET's "F3" rounds ties away from zero (0.0625 → "0.063", Python "0.062"), hence this.
/// </summary>
public static class PythonFloatFormat
{
    /// <summary>Python's <c>format(value, f".{digits}f")</c>.</summary>
    public static string Fixed(double value, int digits)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var negative = double.IsNegative(value);
        // value = mantissa · 2^exponent exactly; scale by 10^digits and round the exact quotient half-to-even.
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var rawExponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        if (rawExponent != 0) mantissa += BigInteger.One << 52;
        var exponent = (rawExponent == 0 ? 1 : rawExponent) - 1075;
        var scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger q;
        if (exponent >= 0) q = scaled << exponent;
        else
        {
            var den = BigInteger.One << -exponent;
            q = BigInteger.DivRem(scaled, den, out var r);
            var twice = r * 2;
            if (twice > den || (twice == den && !q.IsEven)) q += 1;
        }
        var text = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        sb.Append(text, 0, text.Length - digits);
        if (digits > 0) sb.Append('.').Append(text, text.Length - digits, digits);
        return sb.ToString();
    }

    /// <summary>Python's <c>repr(float)</c>: shortest round-trip digits, scientific below 1e-4 and from 1e16.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0) return sign + "0.0";
        // "R" yields the shortest round-trip digits (as Python's repr does); only the layout differs.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var ePos = r.IndexOfAny(['E', 'e']);
        var mantissa = ePos < 0 ? r : r[..ePos];
        var exp10 = ePos < 0 ? 0 : int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var fracPart = dot < 0 ? "" : mantissa[(dot + 1)..];
        var digits = (intPart + fracPart).TrimStart('0');
        // Position of the decimal point relative to the first significant digit: value = 0.d1d2… · 10^decpt.
        var decpt = intPart.TrimStart('0').Length + exp10;
        if (intPart.TrimStart('0').Length == 0) decpt = exp10 - (fracPart.Length - fracPart.TrimStart('0').Length);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var sciExp = decpt - 1;
        if (sciExp < -4 || sciExp >= 16)
        {
            var m = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            return sign + m + "e" + (sciExp < 0 ? "-" : "+") + Math.Abs(sciExp).ToString("00", CultureInfo.InvariantCulture);
        }
        if (decpt <= 0) return sign + "0." + new string('0', -decpt) + digits;
        if (decpt >= digits.Length) return sign + digits + new string('0', decpt - digits.Length) + ".0";
        return sign + digits[..decpt] + "." + digits[decpt..];
    }
}
