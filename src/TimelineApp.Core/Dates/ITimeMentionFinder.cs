using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>Finds time phrases in a text. The Recognizers-Text adapter is the only implementation that touches that library.</summary>
public interface ITimeMentionFinder
{
    /// <summary>Finds the phrases in <paramref name="text"/>; <paramref name="reference"/> is only a hint for the recognizer's own values.</summary>
    IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference);

    /// <summary>
    /// The first <paramref name="maxMentions"/> phrases of <paramref name="text"/>. An implementation that pays per
    /// phrase stops looking once it has them, so a text made of nothing but dates costs the budget, not its length.
    /// </summary>
    IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference, int maxMentions) => [.. Find(text, reference).Take(maxMentions)];

    /// <summary>As <see cref="Find(string, LocalDateTime, int)"/>, over a text already split into sentences once for every stage.</summary>
    IReadOnlyList<TimeMention> Find(AnnotatedText text, LocalDateTime reference, int maxMentions) => Find(text.Text, reference, maxMentions);
}
