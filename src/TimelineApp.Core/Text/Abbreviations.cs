using System.Reflection;
using System.Text.Json;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Text;

/// <summary>
/// Words that news writes with a full stop that does not end the sentence ("Sen.", "Corp.", "Sept."), from one
/// list (<c>Text/Data/abbreviations.json</c> plus the calendar's own abbreviations), read by the sentence splitter
/// and by the clause reader of date resolution.
/// </summary>
public static class Abbreviations
{
    private static readonly Lists Data = Load();

    /// <summary>Titles, places, companies and the rest, without the calendar's.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. Data.Titles, .. Data.Places, .. Data.Companies, .. Data.Other];

    /// <summary><see cref="Words"/> and the month and weekday abbreviations ("Jan", "Tues").</summary>
    public static IReadOnlyList<string> WithCalendar { get; } =
        [.. Words, .. CalendarNames.Months.SelectMany(m => m.Abbreviations), .. CalendarNames.Weekdays.SelectMany(w => w.Abbreviations)];

    /// <summary>Abbreviations that may still end a sentence when the next word opens one ("… Corp. The shares …").</summary>
    public static IReadOnlyList<string> SentenceFinal => Data.SentenceFinal;

    private static Lists Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Text.Data.abbreviations.json")
            ?? throw new InvalidOperationException("The embedded list abbreviations.json is missing.");
        return JsonSerializer.Deserialize<Lists>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The embedded list abbreviations.json is empty.");
    }

    private sealed record Lists(List<string> Titles, List<string> Places, List<string> Companies, List<string> Other, List<string> SentenceFinal);
}
