using Parley.Text;

namespace Parley.Store.Identity;

/// <summary>
/// Whether a title or organization belongs to business or to government. Two people with one name, one
/// running a company and one holding public office, are the commonest same-name pair in this news; people
/// rarely cross between the two, so a sector clash is strong evidence against one identity.
/// </summary>
internal static class Sector
{
    /// <summary>Companies and their officers.</summary>
    public const string Business = "business";

    /// <summary>Governments, Party committees, legislatures and their officials.</summary>
    public const string Government = "government";

    private static readonly HashSet<string> BusinessOrganizationWords =
        ["co", "ltd", "company", "corporation", "corp", "inc", "limited", "group", "holdings", "llc", "plc", "bank", "enterprise"];

    private static readonly HashSet<string> GovernmentOrganizationWords =
        ["government", "ministry", "bureau", "party", "cpc", "congress", "cppcc", "embassy", "consulate", "municipality", "province"];

    private static readonly HashSet<string> BusinessTitleWords = ["ceo", "cfo", "coo", "founder", "manager", "executive", "shareholder"];

    private static readonly HashSet<string> GovernmentTitleWords =
        ["mayor", "governor", "minister", "ambassador", "consul", "premier", "secretary", "deputy", "commissioner", "councillor", "councilor"];

    /// <summary>The sector a title and its organization name, or null when they do not tell (a "Chairman" of a "Council").</summary>
    public static string? Of(string? title, string? organization)
    {
        // The organization says more than the title: a "Secretary" of a company is business.
        return Classify(organization, BusinessOrganizationWords, GovernmentOrganizationWords)
            ?? Classify(title, BusinessTitleWords, GovernmentTitleWords);
    }

    private static string? Classify(string? text, HashSet<string> business, HashSet<string> government)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = NameKey.Of(text).Split(' ');
        // Business words are the more specific when both occur: a "Deputy General Manager", a company's Party committee.
        if (words.Any(business.Contains)) return Business;
        return words.Any(government.Contains) ? Government : null;
    }
}
