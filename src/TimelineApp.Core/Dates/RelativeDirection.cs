namespace TimelineApp.Core.Dates;

/// <summary>An explicit direction word inside a phrase: "last Friday", "next June", "this week".</summary>
public enum RelativeDirection
{
    /// <summary>No direction word: tense and nearness decide.</summary>
    None,

    /// <summary>"last", "past", "previous": strictly before the publication.</summary>
    Last,

    /// <summary>"this", "current": the one around the publication.</summary>
    This,

    /// <summary>"next", "coming", "following": strictly after the publication.</summary>
    Next,
}
