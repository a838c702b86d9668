namespace TimelineApp.Core.Dates;

/// <summary>The resolved time phrases of one text, and whether the phrase budget left some unread.</summary>
/// <param name="Times">The phrases read, in text order.</param>
/// <param name="PhrasesLeftOut">True when the text held more phrases than the budget; those after it were not read.</param>
public sealed record TimeResolution(IReadOnlyList<ResolvedTime> Times, bool PhrasesLeftOut);
