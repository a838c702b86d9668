using NodaTime;

namespace TimelineApp.Core.Corrections;

/// <summary>What a person can correct.</summary>
public enum CorrectionKind
{
    /// <summary>An event's date: a day, a range of days, or "uncertain between" two days.</summary>
    Date,

    Title,

    /// <summary>"Not an event": it leaves the timeline, kept aside so it can be shown and brought back.</summary>
    Hide,

    Note,

    /// <summary>Two actors are one person: the first absorbs the second.</summary>
    MergeActors,

    /// <summary>One of an actor's names is someone else: it becomes an actor of its own.</summary>
    SplitAlias,

    /// <summary>An actor's country (ISO 3166-1 alpha-3).</summary>
    ActorCountry,
}

/// <summary>
/// An event as a correction finds it again after any re-processing: its document (<see cref="Stories.DocumentIdentity"/>),
/// the evidence sentence and its time phrase, in loose form. Never a row or event id: those change.
/// </summary>
public sealed record EventAnchor(string Document, string Sentence, string? Phrase);

/// <summary>An actor as a correction finds it again: every name it had when the correction was made.</summary>
public sealed record ActorAnchor(IReadOnlyList<string> Names);

/// <summary>A corrected date: one day, a range, or uncertain between its first and last day.</summary>
public sealed record CorrectedDate(LocalDate First, LocalDate Last, bool Uncertain)
{
    public static CorrectedDate Day(LocalDate day) => new(day, day, false);
}

/// <summary>
/// One correction: its kind, what it is keyed to, and the new value. Only the fields its kind uses are set
/// (<see cref="Validate"/>): an event anchor for dates, titles, hiding and notes; one actor anchor (and a name, or a
/// country) for splitting and countries; two for merging.
/// </summary>
public sealed record Correction
{
    public required CorrectionKind Kind { get; init; }

    public EventAnchor? Event { get; init; }

    public ActorAnchor? Actor { get; init; }

    /// <summary>The actor merged into <see cref="Actor"/>.</summary>
    public ActorAnchor? Other { get; init; }

    public CorrectedDate? Date { get; init; }

    /// <summary>The title, the note, or the name split off.</summary>
    public string? Text { get; init; }

    public string? Country { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when a field the kind needs is missing or out of range.</summary>
    public Correction Validate()
    {
        bool ok = Kind switch
        {
            CorrectionKind.Date => Event is not null && Date is { } d && d.First <= d.Last,
            CorrectionKind.Title or CorrectionKind.Note => Event is not null && !string.IsNullOrWhiteSpace(Text) && Text.Length <= 2000,
            CorrectionKind.Hide => Event is not null,
            CorrectionKind.MergeActors => Actor is { Names.Count: > 0 } && Other is { Names.Count: > 0 },
            CorrectionKind.SplitAlias => Actor is { Names.Count: > 0 } && !string.IsNullOrWhiteSpace(Text),
            CorrectionKind.ActorCountry => Actor is { Names.Count: > 0 } && Country is { Length: 3 } c && c.All(char.IsAsciiLetterUpper),
            _ => false,
        };
        return ok ? this : throw new ArgumentException($"A {Kind} correction lacks what it needs.");
    }
}
