using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Reading;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>A direction word ("last", "this coming") and what it says.</summary>
public sealed record DirectionWord(string Words, RelativeDirection Direction);

/// <summary>The cue word lists of <c>Lexicon/Data/cues.json</c> (see <see cref="Reading.ClauseTense"/>, <see cref="Placing.ResolutionPolicy"/>).</summary>
public sealed record CueWordLists(
    IReadOnlyList<string> IntentionVerbs,
    IReadOnlyList<string> ScheduledEventVerbs,
    IReadOnlyList<string> IrregularPastForms,
    IReadOnlyList<string> PastOrParticiple,
    IReadOnlyList<DirectionWord> Directions);

/// <summary>Cue words of tense and direction, read once.</summary>
public static class CueWords
{
    /// <summary>The lists.</summary>
    public static CueWordLists Lists { get; } = LexiconData.Read<CueWordLists>("cues.json");
}
