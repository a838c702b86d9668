using NodaTime;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Recognizers;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>What a reading rule sees of one phrase.</summary>
/// <param name="Mention">The phrase and the recognizer's candidates.</param>
/// <param name="Tense">The tense of its clause (<see cref="ClauseTense"/>).</param>
/// <param name="Published">The publication time (local).</param>
/// <param name="Context">What the document mentioned before the phrase.</param>
/// <param name="Following">The words right after the phrase ("ended March 31" makes "the year" a length).</param>
public sealed record PhraseInput(TimeMention Mention, Tense Tense, LocalDateTime Published, DiscourseContext Context, string Following)
{
    /// <summary>The phrase, trimmed.</summary>
    public string Text { get; } = Mention.Text.Trim();

    /// <summary>The publication date (the DCT).</summary>
    public LocalDate Dct => Published.Date;

    /// <summary>last/this/next as the phrase's words say.</summary>
    public RelativeDirection Direction => ResolutionPolicy.DirectionOf(Text);

    /// <summary>The recognizer's first candidate (pattern rules only run when there is one).</summary>
    public RecognizedValue Candidate => Mention.Candidates[0];

    /// <summary>The TIMEX pattern of the first candidate.</summary>
    public string Timex => Candidate.Timex;

    /// <summary>The TIMEX pattern of the first candidate, read once by the recognizer's own parser.</summary>
    public RecognizerTimex Pattern => _pattern ??= RecognizerTimex.Parse(Timex);

    private RecognizerTimex? _pattern;
}

/// <summary>Whether a rule took the phrase, and what it read (null: the phrase names no time by this rule's stage).</summary>
public readonly record struct RuleOutcome(bool Applies, TimeReading? Reading)
{
    /// <summary>The rule does not apply; the next one is tried.</summary>
    public static RuleOutcome Skip => default;

    /// <summary>The rule applies and reads <paramref name="reading"/> (null: no reading at this stage).</summary>
    public static RuleOutcome Read(TimeReading? reading) => new(true, reading);
}

/// <summary>One named way of reading a phrase: an id for the rules index and the spec, an example, and the rule.</summary>
public sealed record ReadingRule(string Id, string Example, Func<PhraseInput, RuleOutcome> Apply);

/// <summary>One named adjustment of a reading after it was read; returns the reading itself when it does not apply.</summary>
public sealed record ReadingAdjustment(string Id, string Example, Func<PhraseInput, TimeReading, TimeReading> Apply);
