namespace Parley.Recognition;

/// <summary>How a person's name was recognized; kept for explanations and for ranking doubtful names.</summary>
public enum NameEvidence
{
    /// <summary>A Chinese family name followed by a pinyin given name ("Guo Huaigang", "SHANG Yong").</summary>
    ChinesePinyin,
    /// <summary>A known given name followed by capitalized words ("Craig Allen").</summary>
    KnownGivenName,
    /// <summary>Capitalized words right after an honorific ("Mr.", "H.E.").</summary>
    Honorific,
    /// <summary>Capitalized words right next to a title ("President Kassym-Jomart Tokayev", "X Y, Ambassador").</summary>
    TitleAnchor,
    /// <summary>A parent's initial glued to a given name, as Mongolian names are written ("B.Batbold", "Ts.Enkhjin").</summary>
    InitialAndName,
}

/// <summary>One full-name mention of a person.</summary>
/// <param name="Mention">The span and the name as written (honorific dropped).</param>
/// <param name="FamilyName">The word a later short mention would use ("Guo" for "Guo Huaigang", "Allen" for "Craig Allen").</param>
/// <param name="GivenName">The given name ("Huaigang", "Craig"); the last word for Vietnamese names, which are shortened to it.</param>
/// <param name="Evidence">How it was recognized.</param>
public sealed record PersonName(Mention Mention, string FamilyName, string GivenName, NameEvidence Evidence)
{
    /// <summary>The name as recorded.</summary>
    public string Name => Mention.Value;
}
