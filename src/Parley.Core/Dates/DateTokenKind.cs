namespace Parley.Dates;

/// <summary>The classes of token the date scanner distinguishes.</summary>
internal enum DateTokenKind
{
    /// <summary>A run of letters, possibly with digits after the first letter ("March", "G20").</summary>
    Word,

    /// <summary>A run of digits ("26", "2024").</summary>
    Number,

    /// <summary>Digits with an English ordinal suffix ("26th", "1st").</summary>
    Ordinal,

    /// <summary>Any other single non-space character, including the CJK date markers 年 月 日.</summary>
    Symbol,
}
