namespace Parley.Dates;

/// <summary>How much of a calendar date a text actually states.</summary>
public enum DatePrecision
{
    /// <summary>Year and month only ("in March 2023"); written <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A full calendar day; written <c>YYYY-MM-DD</c>.</summary>
    Day,
}
