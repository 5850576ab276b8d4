namespace Parley.Events;

/// <summary>An event word found in a sentence.</summary>
/// <param name="FirstToken">Its first token.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Type">The event type it signals.</param>
/// <param name="IsVirtual">True for video, online and phone wording.</param>
public readonly record struct EventTrigger(int FirstToken, int EndToken, string Type, bool IsVirtual);
