using Parley.Lexicons;
using Parley.Model;

namespace Parley.Bench.Scale;

/// <summary>One synthetic article: its text and spec record, and the entities behind every name in it.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Text">The article text (for full-text search).</param>
/// <param name="Record">The spec record, as extraction would have produced it.</param>
/// <param name="People">The people it names, in order; participants refer to them by index.</param>
/// <param name="Events">Its events.</param>
internal sealed record SyntheticArticle(
    string Title,
    string Published,
    string Text,
    ArticleRecord Record,
    IReadOnlyList<SyntheticArticle.Mention> People,
    IReadOnlyList<SyntheticArticle.Engagement> Events)
{
    /// <summary>A person as one article names them.</summary>
    /// <param name="Person">Who.</param>
    /// <param name="Written">The spelling this article uses.</param>
    /// <param name="Organization">Their organization, or null when the article gives no position.</param>
    /// <param name="OrganizationWritten">Its name as written, or null.</param>
    public sealed record Mention(SyntheticPerson Person, string Written, SyntheticOrganization? Organization, string? OrganizationWritten);

    /// <summary>An event of the article.</summary>
    /// <param name="Type">meeting, visit, conference or signing.</param>
    /// <param name="Mode">in_person or virtual.</param>
    /// <param name="Start">First day, month, or null.</param>
    /// <param name="End">Last day, month, or null.</param>
    /// <param name="Location">Where, or null.</param>
    /// <param name="Participants">Indexes into <see cref="People"/>.</param>
    /// <param name="Organizations">Organizations taking part, with the names as written.</param>
    /// <param name="Topics">Topic labels.</param>
    /// <param name="Agreements">Documents signed.</param>
    public sealed record Engagement(
        string Type,
        string Mode,
        string? Start,
        string? End,
        Place? Location,
        IReadOnlyList<int> Participants,
        IReadOnlyList<(SyntheticOrganization Organization, string Written)> Organizations,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> Agreements);
}
