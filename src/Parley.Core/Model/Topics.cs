namespace Parley.Model;

/// <summary>The fixed topic labels of the spec (§3).</summary>
public static class Topics
{
    public static readonly IReadOnlyList<string> All =
    [
        "trade", "investment", "industry", "technology", "energy", "infrastructure", "agriculture",
        "finance", "regional_development", "culture_tourism", "education_health", "environment",
        "exhibitions", "politics",
    ];
}
