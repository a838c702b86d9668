using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// Every dump's required events and merges with the expected dates given (<see cref="GoldTimeFinder"/>): what
/// the entity and event stages must deliver once dates are right, independent of the date work in progress.
/// </summary>
public sealed class GoldDateTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (string file in DumpRun.ExpectedFiles(DumpRun.SeedsFolder).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder)))
        {
            var expected = ExpectedDump.Load(file);
            for (int i = 0; i < expected.Events.Must.Count; i++)
            {
                data.Add(file, "event", i);
            }

            for (int i = 0; i < DumpCases.Merges(file).Count; i++)
            {
                data.Add(file, "merge", i);
            }
        }

        if (data.Count == 0)
        {
            data.Add(DumpCases.Missing, "none", 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EventsAndMergesHoldWithGoldDates(string file, string kind, int index)
    {
        Assert.SkipWhen(file == DumpCases.Missing, "No dumps found.");
        var expected = ExpectedDump.Load(file);
        var result = Run(file, expected);
        string? failure = kind == "merge"
            ? DumpChecks.Merged(result, [.. DumpCases.Merges(file)[index].Select(i => expected.Events.Must[i].Evidence ?? string.Empty)])
            : DumpChecks.MustEvent(result, expected.Events.Must[index]);
        Assert.True(failure is null, $"{Path.GetFileName(file)} {kind} #{index}: {failure}");
    }

    private static TimelineResult Run(string file, ExpectedDump expected)
    {
        var gold = new GoldTimeFinder(expected.Events.Must.Concat(expected.Events.May ?? []));
        var pipeline = new TimelinePipeline(new TimeResolver(gold), EntityFinderFactory.CreateDefault(), CountryCatalog.Default);
        var captured = InstantPattern.ExtendedIso.Parse(expected.Captured).GetValueOrThrow();
        return pipeline.Process(File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(file)!, expected.Dump)), new Capture(captured, DateTimeZoneProviders.Tzdb[expected.Zone]));
    }
}
