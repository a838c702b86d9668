using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;

namespace TimelineApp.Benchmarks.Resolver;

/// <summary>
/// Input size against time for the resolver: news-like prose from 100 KB to 10 MB, one 2 MB line with no
/// punctuation at all (one "sentence", so only the piece length bounds what the recognizer sees), 100,000 digits,
/// and 1 MB without dates. Paragraphs differ (weekday, month, year and numbers vary), as in real text: one
/// paragraph repeated would let the recognizer's own result cache answer from memory and flatter the big sizes.
/// </summary>
internal static class ScaleBenchmark
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static int Run()
    {
        var resolver = new TimeResolver(new RecognizersTimeMentionFinder());
        var reference = new LocalDateTime(2025, 7, 14, 15, 0).InUtc();
        // Warm up on other text of the same kind (a different stretch of the weekday/month/year cycle), untimed.
        resolver.Resolve(Prose(100 * 1024, seed: 5_000), reference);
        var inputs = new List<(string Name, string Text)>();
        foreach (int kb in new[] { 100, 1_000, 10_000 })
        {
            inputs.Add(($"prose {kb} KB", Prose(kb * 1024, seed: 0)));
        }

        inputs.Add(("one 2 MB line, no punctuation", Prose(2 * 1024 * 1024, seed: 0).Replace('.', ' ').Replace(',', ' ').Replace('\n', ' ')));
        inputs.Add(("100,000 digits", new string('7', 100_000)));
        inputs.Add(("1 MB without dates", Repeat("The committee discussed the proposal at length and no decision was reached. ", 1024 * 1024)));
        foreach (var (name, text) in inputs)
        {
            var clock = Stopwatch.StartNew();
            int found = resolver.Resolve(text, reference).Count;
            double seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                input = name,
                chars = text.Length,
                found,
                seconds = Math.Round(seconds, 3),
                charsPerSecond = Math.Round(text.Length / seconds),
                peakWorkingSetMB = BenchProcess.PeakWorkingSetMB(),
            }));
        }

        return 0;
    }

    // News-like paragraphs: four time phrases in some 560 characters (TBAQ has one per 290, so this is denser
    // than news), half the sentences without any. Weekday, month, year and count vary, so the paragraphs of a
    // 10 MB text differ; only the first sentence repeats, as boilerplate does.
    public static string Prose(int length, int seed)
    {
        var sb = new StringBuilder(length + 600);
        for (int i = seed; sb.Length < length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Officials met in the capital on {Weekdays[i % 7]} and said talks would resume next week. ")
                .Append("The delegations exchanged draft texts and agreed to keep the details confidential while the experts compared their positions. ")
                .Append(CultureInfo.InvariantCulture, $"The agreement, first proposed in {Months[i % 12]} {1950 + (i / 12 % 70)}, was signed late {Weekdays[(i / 7 + 3) % 7]} after {2 + (i % 9)} days of negotiations. ")
                .Append("Observers welcomed the outcome but warned that the hardest questions remained open and that the parliament still had to approve the text.\n");
        }

        return sb.ToString(0, length);
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }
}
