namespace TimelineApp.Core.Dates;

/// <summary>Which way a clause points in time, as far as cue words tell without a parser.</summary>
public enum Tense
{
    /// <summary>No cue word: the caller's default applies (news reports the recent past).</summary>
    None,

    /// <summary>A past-tense cue ("was", "said", "-ed", "ago", "since").</summary>
    Past,

    /// <summary>A forward cue ("will", "is due to", "scheduled", "set to", "plans", "is expected to").</summary>
    Future,
}
