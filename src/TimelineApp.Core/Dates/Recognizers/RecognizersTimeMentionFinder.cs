using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Recognizers;

/// <summary>
/// The one adapter over Microsoft.Recognizers.Text.DateTime. It cuts the text into sentence-sized pieces
/// (bounded length, so its regexes stay linear and a timeout costs one piece, not the document), hands the
/// recognizer only the windows of each piece that can hold a time phrase (<see cref="TriggerWindows"/>), and
/// converts results to <see cref="TimeMention"/>s with offsets into the original text. The recognizer is built
/// once with a bounded regex timeout and is thread-safe.
/// </summary>
public sealed class RecognizersTimeMentionFinder : ITimeMentionFinder
{
    private readonly DateTimeModel _model;

    public RecognizersTimeMentionFinder(int regexTimeoutSeconds = 2)
    {
        // The library's default regex timeout is two hours per match; a bounded one turns a pathological
        // input into a skipped sentence instead of a hung worker.
        var recognizer = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false, timeoutInSeconds: regexTimeoutSeconds);
        _model = (DateTimeModel)recognizer.GetDateTimeModel();
    }

    /// <summary>Windows skipped because the recognizer timed out on them, for diagnostics.</summary>
    public int TimedOutPieces => _timedOut;

    private int _timedOut;

    public IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference) => Find(text, reference, int.MaxValue);

    public IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference, int maxMentions) => Find(AnnotatedText.Of(text), reference, maxMentions);

    public IReadOnlyList<TimeMention> Find(AnnotatedText text, LocalDateTime reference, int maxMentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<TimeMention>();
        var referenceTime = reference.ToDateTimeUnspecified();
        foreach (var piece in text.Sentences)
        {
            foreach (var window in TriggerWindows.Of(piece.Text))
            {
                if (mentions.Count >= maxMentions)
                {
                    return mentions[..maxMentions];
                }

                int offset = piece.Span.Start + window.Start;
                foreach (var r in Parse(piece.Text[window.Start..window.End], referenceTime))
                {
                    int start = offset + r.Start;
                    int end = offset + r.End + 1; // the recognizer's End is inclusive
                    mentions.Add(new TimeMention(new TextSpan(start, end), text.Text[start..end], r.TypeName, Candidates(r)));
                }
            }
        }

        return mentions.Count > maxMentions ? mentions[..maxMentions] : mentions;
    }

    // A timeout costs one window, not the document.
    private List<ModelResult> Parse(string window, DateTime referenceTime)
    {
        try
        {
            return _model.Parse(window, referenceTime);
        }
        catch (RegexMatchTimeoutException)
        {
            Interlocked.Increment(ref _timedOut);
            return [];
        }
    }

    private static List<RecognizedValue> Candidates(ModelResult result)
    {
        var list = new List<RecognizedValue>();
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out object? values) || values is not IEnumerable<Dictionary<string, string>> items)
        {
            return list;
        }

        foreach (var v in items)
        {
            list.Add(new RecognizedValue(
                v.GetValueOrDefault("timex") ?? string.Empty,
                v.GetValueOrDefault("type") ?? string.Empty,
                v.GetValueOrDefault("value"),
                v.GetValueOrDefault("start"),
                v.GetValueOrDefault("end"),
                v.GetValueOrDefault("Mod")));
        }

        return list;
    }
}
