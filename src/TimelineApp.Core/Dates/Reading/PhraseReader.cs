namespace TimelineApp.Core.Dates.Reading;

/// <summary>Reads one phrase by the rules of <see cref="DateRules"/>, in their declared order, naming the rule that read it.</summary>
public static class PhraseReader
{
    /// <summary>The reading of the phrase, or null when it names no time (a recognizer false positive).</summary>
    public static TimeReading? Read(PhraseInput phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        foreach (var rule in DateRules.Settled)
        {
            var outcome = rule.Apply(phrase);
            if (outcome.Applies)
            {
                return Named(outcome.Reading, rule);
            }
        }

        var reading = First(DateRules.Wording, phrase);
        if (reading is null && phrase.Mention.Candidates.Count > 0)
        {
            reading = First(DateRules.Pattern, phrase);
        }

        if (reading is null)
        {
            return null;
        }

        foreach (var adjustment in DateRules.Adjustments)
        {
            reading = reading.AdjustedBy(adjustment.Id, adjustment.Apply(phrase, reading));
        }

        return reading;
    }

    // The first rule that applies decides the stage: its reading, or null (the next stage is tried).
    private static TimeReading? First(IReadOnlyList<ReadingRule> rules, PhraseInput phrase)
    {
        foreach (var rule in rules)
        {
            var outcome = rule.Apply(phrase);
            if (outcome.Applies)
            {
                return Named(outcome.Reading, rule);
            }
        }

        return null;
    }

    private static TimeReading? Named(TimeReading? reading, ReadingRule rule) => reading is null ? null : reading with { RuleId = rule.Id };
}
