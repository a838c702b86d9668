using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Recognizers;

/// <summary>
/// The one adapter over Microsoft.Recognizers.Text.DateTime. It hands the recognizer sentence-sized pieces
/// (bounded length, so its regexes stay linear and a timeout costs one sentence, not the document), skips
/// pieces with no possible time trigger, and converts results to <see cref="TimeMention"/>s with offsets
/// into the original text. The recognizer is built once with a bounded regex timeout and is thread-safe.
/// </summary>
public sealed partial class RecognizersTimeMentionFinder : ITimeMentionFinder
{
    /// <summary>Longest piece handed to the recognizer; longer sentences are cut at white space.</summary>
    internal const int MaxPieceLength = 1_000;

    private readonly DateTimeModel _model;

    public RecognizersTimeMentionFinder(int regexTimeoutSeconds = 2)
    {
        // The library's default regex timeout is two hours per match; a bounded one turns a pathological
        // input into a skipped sentence instead of a hung worker.
        var recognizer = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false, timeoutInSeconds: regexTimeoutSeconds);
        _model = (DateTimeModel)recognizer.GetDateTimeModel();
    }

    /// <summary>Pieces skipped because the recognizer timed out on them, for diagnostics.</summary>
    public int TimedOutPieces => _timedOut;

    private int _timedOut;

    public IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<TimeMention>();
        var referenceTime = reference.ToDateTimeUnspecified();
        foreach (var piece in Pieces(text))
        {
            if (!MayContainTime().IsMatch(piece.Text))
            {
                continue;
            }

            List<ModelResult> results;
            try
            {
                results = _model.Parse(piece.Text, referenceTime);
            }
            catch (RegexMatchTimeoutException)
            {
                Interlocked.Increment(ref _timedOut);
                continue;
            }

            foreach (var r in results)
            {
                int start = piece.Span.Start + r.Start;
                int end = piece.Span.Start + r.End + 1; // the recognizer's End is inclusive
                mentions.Add(new TimeMention(new TextSpan(start, end), text[start..end], r.TypeName, Candidates(r)));
            }
        }

        return mentions;
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

    private static IEnumerable<Sentence> Pieces(string text)
    {
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Text.Length <= MaxPieceLength)
            {
                yield return sentence;
                continue;
            }

            int start = 0;
            while (start < sentence.Text.Length)
            {
                int end = Math.Min(start + MaxPieceLength, sentence.Text.Length);
                if (end < sentence.Text.Length)
                {
                    int space = sentence.Text.LastIndexOf(' ', end - 1, end - start);
                    end = space > start ? space : end;
                }

                yield return new Sentence(sentence.Index, new TextSpan(sentence.Span.Start + start, sentence.Span.Start + end), sentence.Text[start..end]);
                start = end;
            }
        }
    }

    // A cheap pre-filter: digits, month and weekday names, and the words that relative time phrases are made of.
    [GeneratedRegex(@"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|now|current|recent|ago|past|last|next|this|earlier|later|year|month|week|day|hour|minute|second|decade|centur|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|noon|midnight|weekend|annual|daily|weekly|monthly|quarterly|yearly|every|since|until|former|future|time|period|season|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|several|few|half)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MayContainTime();
}
