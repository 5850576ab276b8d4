namespace Parley.Store.Export;

/// <summary>The value type of a graph attribute; each file format spells it its own way.</summary>
internal enum GraphValueType
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A real number.</summary>
    Real,
}
