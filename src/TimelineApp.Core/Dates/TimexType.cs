namespace TimelineApp.Core.Dates;

/// <summary>The TimeML TIMEX3 type of a time phrase.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: "Saturday", "June 2019", "last week", "now".</summary>
    Date,

    /// <summary>A time of day or part of a day: "late Sunday", "3 p.m.", "this morning".</summary>
    Time,

    /// <summary>A length of time: "three years", "the past three months".</summary>
    Duration,

    /// <summary>A recurrence: "every Monday", "quarterly".</summary>
    Set,
}
