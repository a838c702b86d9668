using NodaTime;

namespace TimelineApp.Core.Dates;

/// <summary>Finds time phrases in a text. The Recognizers-Text adapter is the only implementation that touches that library.</summary>
public interface ITimeMentionFinder
{
    /// <summary>Finds the phrases in <paramref name="text"/>; <paramref name="reference"/> is only a hint for the recognizer's own values.</summary>
    IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference);
}
