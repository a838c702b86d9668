using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>
/// Runs every case of the date-resolution spec through the real recognizer and the resolver. Publication times
/// come from the spec, never from the clock, so the results are the same on any day.
/// </summary>
public sealed class DateResolutionSpecTests
{
    // The recognizer is expensive to build and thread-safe: one for all cases.
    private static readonly TimeResolver Resolver = new(new RecognizersTimeMentionFinder());

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in DateResolutionSpec.Instance.Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Fact]
    public void SpecHasAtLeast150Cases() => Assert.True(DateResolutionSpec.Instance.Cases.Count >= 150, $"only {DateResolutionSpec.Instance.Cases.Count} cases");

    [Fact]
    public void CaseNamesAreUnique() => Assert.Equal(DateResolutionSpec.Instance.Cases.Count, DateResolutionSpec.Instance.Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());

    // A tag that names no rule would pass vacuously after a rename; every tag must be an id of DateRules.
    [Fact]
    public void RuleTags_AreRuleIds()
    {
        var unknown = DateResolutionSpec.Instance.Cases.SelectMany(c => c.Expect).Select(e => e.Rule).OfType<string>().Where(r => !DateRules.AllIds.Contains(r)).Distinct().ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void RuleIds_AreUnique() => Assert.Equal(DateRules.AllIds.Count, DateRules.AllIds.Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ResolvesAsSpecified(string name)
    {
        var spec = DateResolutionSpec.Instance.Cases.Single(c => c.Name == name);
        var zone = DateTimeZoneProviders.Tzdb[spec.Zone];
        var published = InstantPattern.ExtendedIso.Parse(spec.Published).Value.InZone(zone);

        var resolved = Resolver.Resolve(spec.Text, published);

        foreach (var expected in spec.Expect)
        {
            var hit = resolved.FirstOrDefault(r => r.Text == expected.Span);
            Assert.True(hit is not null, $"'{expected.Span}' not found; got: {Describe(resolved)}");
            Assert.Equal(expected.Type, hit.Type.ToString().ToUpperInvariant());
            Assert.Equal(expected.Value, hit.Value);
            if (expected.Rule is { } rule)
            {
                Assert.True(hit.RuleIds.Contains(rule), $"'{expected.Span}' was read by [{string.Join(", ", hit.RuleIds)}], not by {rule}");
            }

            Assert.Equal(published.LocalDateTime, hit.Anchor);
            Assert.False(string.IsNullOrWhiteSpace(hit.Explanation));
            if (expected.Interval is [var start, var end])
            {
                Assert.NotNull(hit.Interval);
                if (start is not null)
                {
                    Assert.Equal(LocalDateTimePattern.ExtendedIso.Parse(start).Value, hit.Interval.Start);
                }

                if (end is not null)
                {
                    Assert.Equal(LocalDateTimePattern.ExtendedIso.Parse(end).Value, hit.Interval.End);
                }
            }

            if (expected.Precision is { } precision)
            {
                Assert.Equal(precision, hit.Precision.ToString());
            }

            if (hit.Type is TimexType.Duration or TimexType.Set)
            {
                Assert.Null(hit.Interval);
            }
        }

        foreach (string absent in spec.Absent)
        {
            Assert.DoesNotContain(resolved, r => r.Text.Contains(absent, StringComparison.Ordinal));
        }
    }

    private static string Describe(IReadOnlyList<ResolvedTime> resolved) =>
        resolved.Count == 0 ? "nothing" : string.Join("; ", resolved.Select(r => $"'{r.Text}' {r.Type} {r.Value}"));
}
