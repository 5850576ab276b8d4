namespace Parley.Lexicons;

/// <summary>
/// Common Vietnamese family names (Nguyễn, Trần, Lê, Phạm…) from the embedded data/vietnamese_surnames.tsv,
/// matched with or without diacritics ("Nguyen", "NGUYỄN").
/// </summary>
public static class VietnameseSurnames
{
    // The file's ascii column is the diacritics-free spelling, which the folded key already matches.
    private static readonly NameList Names = new("vietnamese_surnames.tsv");

    /// <summary>True when the token is a listed Vietnamese family name.</summary>
    public static bool Contains(string token) => Names.Contains(token);
}
