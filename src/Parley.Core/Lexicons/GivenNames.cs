namespace Parley.Lexicons;

/// <summary>
/// Western and international given names ("John", "Ahmed", "Olga", "Kwame", "Nurlan") from the embedded
/// data/given_names.tsv. Some are also ordinary words ("May", "Will"), so callers should use this as one
/// signal among several.
/// </summary>
public static class GivenNames
{
    private static readonly NameList Names = new("given_names.tsv");

    /// <summary>True when the token is a listed given name; ignores case and diacritics.</summary>
    public static bool Contains(string token) => Names.Contains(token);
}
