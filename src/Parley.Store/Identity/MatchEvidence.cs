namespace Parley.Store.Identity;

/// <summary>One finding behind a same-person score.</summary>
/// <param name="Aspect">What was compared: name, organization, place, sector, title or co-participant.</param>
/// <param name="Points">What it adds to the score (negative: evidence of two people).</param>
/// <param name="Finding">What was found, in words.</param>
/// <param name="Kind">The <see cref="FeatureKinds"/> kind of <paramref name="Values"/>, or null when the finding names none.</param>
/// <param name="Values">The organizations, places, titles or peers the finding is about, as stored feature values.</param>
public sealed record MatchEvidence(string Aspect, double Points, string Finding, string? Kind, IReadOnlyList<string> Values);
