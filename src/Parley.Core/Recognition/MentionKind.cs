namespace Parley.Recognition;

/// <summary>What a recognized span of text denotes.</summary>
public enum MentionKind
{
    Person,
    Title,
    Organization,
    Place,
    Date,
    EventTrigger,
}
