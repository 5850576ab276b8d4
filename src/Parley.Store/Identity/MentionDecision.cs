namespace Parley.Store.Identity;

/// <summary>How one article-level mention came to its person entity.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="ArticleId">The record id of the article.</param>
/// <param name="Seen">The date the article places the person at.</param>
/// <param name="Score">The score of the chosen candidate, when one was scored.</param>
/// <param name="Basis">The decision in words ("matched P3 (score 4)", "correction #2: ...").</param>
public sealed record MentionDecision(string Name, string ArticleId, string? Seen, double? Score, string Basis);
