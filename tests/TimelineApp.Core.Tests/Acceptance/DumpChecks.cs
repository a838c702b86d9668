using NodaTime.Text;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// The checks of an expected file against a pipeline result, each returning a failure message or null, and the
/// precision/recall of people and countries ("may" items are neither required nor errors).
/// </summary>
public static class DumpChecks
{
    public static string? MustEvent(TimelineResult result, ExpectedEvent expected)
    {
        var start = LocalDatePattern.Iso.Parse(expected.Start).GetValueOrThrow();
        var end = LocalDatePattern.Iso.Parse(expected.End).GetValueOrThrow();
        var byEvidence = result.Events.Where(e => expected.Evidence is null || e.Evidence.Any(x => x.Sentence.Contains(expected.Evidence, StringComparison.Ordinal))).ToList();
        if (byEvidence.Count == 0)
        {
            return $"no event has evidence containing '{expected.Evidence}'";
        }

        var onDays = byEvidence.Where(e => e.FirstDay == start && e.LastDay == end).ToList();
        if (onDays.Count == 0)
        {
            return $"'{expected.Evidence}': expected {start:uuuu-MM-dd}..{end:uuuu-MM-dd}, found {string.Join("; ", byEvidence.Select(Describe))}";
        }

        var full = onDays.Where(e => (expected.Actors ?? []).All(a => ActorNames(result, e).Contains(a))
                                  && (expected.Countries ?? []).All(e.CountryCodes.Contains)).ToList();
        return full.Count > 0 ? null
            : $"'{expected.Evidence}': wanted actors [{string.Join(", ", expected.Actors ?? [])}] countries [{string.Join(", ", expected.Countries ?? [])}], found {string.Join("; ", onDays.Select(e => Describe(e) + " actors [" + string.Join(", ", ActorNames(result, e)) + "] countries [" + string.Join(", ", e.CountryCodes) + "]"))}";
    }

    public static string? MustNotEvent(TimelineResult result, ExpectedEvent expected)
    {
        var start = LocalDatePattern.Iso.Parse(expected.Start).GetValueOrThrow();
        var end = LocalDatePattern.Iso.Parse(expected.End).GetValueOrThrow();
        var bad = result.Events.Where(e => e.Evidence.Any(x => x.PhraseSpan is not null) && e.FirstDay == start && e.LastDay == end
            && (expected.Evidence is null || e.Evidence.Any(x => x.Sentence.Contains(expected.Evidence, StringComparison.Ordinal)))).ToList();
        return bad.Count == 0 ? null : $"{expected.Reason}: {string.Join("; ", bad.Select(Describe))}";
    }

    /// <summary>One event must hold evidence sentences containing each of the fragments (a merge across documents).</summary>
    public static string? Merged(TimelineResult result, IReadOnlyList<string> fragments) =>
        result.Events.Any(e => fragments.All(f => e.Evidence.Any(x => x.Sentence.Contains(f, StringComparison.Ordinal))) && e.DocumentIndexes.Count >= 2)
            ? null
            : $"no single event from two documents holds all of: {string.Join(" | ", fragments)}";

    public static IReadOnlyList<string> ActorNames(TimelineResult result, TimelineEvent e) =>
        [.. e.ActorIds.Select(id => result.Actors.FirstOrDefault(a => a.Id == id)?.Name ?? id)];

    public static bool HasActor(TimelineResult result, string name) =>
        result.Actors.Any(a => a.Name == name || a.Aliases.Contains(name));

    public static Score People(TimelineResult result, ExpectedActors expected)
    {
        var found = result.Actors.Where(a => a.Kind == TimelineApp.Core.Entities.ActorKind.Person).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var acceptable = expected.Must.Concat(expected.May ?? []).ToHashSet(StringComparer.Ordinal);
        return new Score(found.Count(acceptable.Contains), found.Count, expected.Must.Count(found.Contains), expected.Must.Count, [.. found.Where(f => !acceptable.Contains(f))], [.. expected.Must.Where(m => !found.Contains(m))]);
    }

    public static Score Countries(TimelineResult result, ExpectedCountries expected)
    {
        var found = result.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var acceptable = expected.Must.Concat(expected.May ?? []).ToHashSet(StringComparer.Ordinal);
        return new Score(found.Count(acceptable.Contains), found.Count, expected.Must.Count(found.Contains), expected.Must.Count, [.. found.Where(f => !acceptable.Contains(f))], [.. expected.Must.Where(m => !found.Contains(m))]);
    }

    private static string Describe(TimelineEvent e) => $"{e.FirstDay:uuuu-MM-dd}..{e.LastDay:uuuu-MM-dd} '{e.Title}'";
}

/// <summary>Precision and recall counts with the items that cost them.</summary>
public sealed record Score(int Correct, int Found, int Recalled, int Required, IReadOnlyList<string> Extra, IReadOnlyList<string> Missed)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Required == 0 ? 1 : (double)Recalled / Required;

    public override string ToString() => $"P {Precision:P0} ({Correct}/{Found}) R {Recall:P0} ({Recalled}/{Required}) extra [{string.Join(", ", Extra)}] missed [{string.Join(", ", Missed)}]";
}
