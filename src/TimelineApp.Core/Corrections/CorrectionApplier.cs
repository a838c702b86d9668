using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;

namespace TimelineApp.Core.Corrections;

/// <summary>
/// Applies corrections, in the order they were made, to a timeline the pipeline made (a dataset, or a story's merged
/// captures): each is found again by its anchor, so it outlives re-processing and new captures. A later correction of the
/// same thing wins. One whose anchor no longer resolves is listed as orphaned with the reason. The inputs are not changed.
/// </summary>
public static class CorrectionApplier
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd");

    public static CorrectedTimeline Apply(
        IReadOnlyList<NewsDocument> documents, IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor> actors, IReadOnlyList<Correction> corrections, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(zone);
        var keys = documents.ToDictionary(d => d.Index, DocumentIdentity.Of);
        var pipeline = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var current = new Dictionary<string, TimelineEvent>(pipeline, StringComparer.Ordinal);
        var people = actors.ToList();
        var pipelineActors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var byEvent = new Dictionary<string, List<AppliedCorrection>>(StringComparer.Ordinal);
        var byActor = new Dictionary<string, List<AppliedCorrection>>(StringComparer.Ordinal);
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var hidden = new Dictionary<string, AppliedCorrection>(StringComparer.Ordinal);
        var orphaned = new List<OrphanedCorrection>();

        for (int i = 0; i < corrections.Count; i++)
        {
            var c = corrections[i];
            if (c.Event is { } anchor)
            {
                var found = Anchors.Find(anchor, events, keys);
                if (found is null)
                {
                    orphaned.Add(new OrphanedCorrection(i, "its sentence is no longer in the story's documents"));
                    continue;
                }

                var was = pipeline[found.Id];
                var e = current[found.Id];
                string said;
                switch (c.Kind)
                {
                    case CorrectionKind.Date:
                        current[e.Id] = Dated(e, c.Date!, zone);
                        said = Days(was.FirstDay, was.LastDay);
                        break;
                    case CorrectionKind.Title:
                        current[e.Id] = e with { Title = c.Text!.Trim() };
                        said = $"\"{was.Title}\"";
                        break;
                    case CorrectionKind.Hide:
                        said = "an event";
                        hidden[e.Id] = new AppliedCorrection(i, said);
                        break;
                    default:
                        Add(notes, e.Id, c.Text!.Trim());
                        said = "no note";
                        break;
                }

                Add(byEvent, e.Id, new AppliedCorrection(i, said));
                continue;
            }

            var actor = Anchors.Find(c.Actor!, people, out string? why);
            if (actor is null)
            {
                orphaned.Add(new OrphanedCorrection(i, why!));
                continue;
            }

            switch (c.Kind)
            {
                case CorrectionKind.ActorCountry:
                    people[people.IndexOf(actor)] = actor with { CountryCode = c.Country };
                    Add(byActor, actor.Id, new AppliedCorrection(i, pipelineActors.GetValueOrDefault(actor.Id)?.CountryCode ?? "no country"));
                    break;
                case CorrectionKind.MergeActors:
                    var other = Anchors.Find(c.Other!, people, out why);
                    if (other is null)
                    {
                        orphaned.Add(new OrphanedCorrection(i, why!));
                        continue;
                    }

                    if (other.Id == actor.Id)
                    {
                        // The pipeline (or an earlier correction) made them one already: the correction holds, with nothing to do.
                        Add(byActor, actor.Id, new AppliedCorrection(i, $"one person already: {actor.Name}"));
                        break;
                    }

                    var merged = actor with { Aliases = [.. actor.Aliases.Concat([other.Name]).Concat(other.Aliases).Distinct(StringComparer.Ordinal)] };
                    people[people.IndexOf(actor)] = merged;
                    people.Remove(other);
                    Repoint(current, other.Id, _ => actor.Id);
                    Add(byActor, actor.Id, new AppliedCorrection(i, $"two people: {actor.Name} and {other.Name}"));
                    break;
                default: // SplitAlias
                    string alias = c.Text!.Trim();
                    if (!actor.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) || string.Equals(alias, actor.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        orphaned.Add(new OrphanedCorrection(i, $"{actor.Name} is no longer also named {alias}"));
                        continue;
                    }

                    var split = new Actor(actor.Id + "~" + DocumentIdentity.Loose(alias).Replace(' ', '-'), alias, actor.Kind, null, null, [alias]);
                    var rest = actor with { Aliases = [.. actor.Aliases.Where(a => !string.Equals(a, alias, StringComparison.OrdinalIgnoreCase))] };
                    people[people.IndexOf(actor)] = rest;
                    people.Add(split);
                    var others = rest.Aliases.Append(rest.Name).ToArray();
                    Repoint(current, actor.Id, e => Mentions(e, alias) && !others.Any(n => Mentions(e, n)) ? split.Id : actor.Id);
                    Add(byActor, actor.Id, new AppliedCorrection(i, $"one person: {actor.Name}, also named {alias}"));
                    break;
            }
        }

        return new CorrectedTimeline(
            [.. events.Where(e => !hidden.ContainsKey(e.Id)).Select(e => current[e.Id])],
            people,
            byEvent.ToDictionary(p => p.Key, p => (IReadOnlyList<AppliedCorrection>)p.Value, StringComparer.Ordinal),
            byActor.ToDictionary(p => p.Key, p => (IReadOnlyList<AppliedCorrection>)p.Value, StringComparer.Ordinal),
            notes.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal),
            [.. hidden.Select(h => (current[h.Key], h.Value))],
            orphaned);
    }

    /// <summary>A date in words, as the detail shows it ("Sat 2025-07-12", or "Sat 2025-07-12 to Mon 2025-07-14").</summary>
    public static string Days(LocalDate first, LocalDate last) =>
        first == last ? DayPattern.Format(first) : $"{DayPattern.Format(first)} to {DayPattern.Format(last)}";

    // Whole days in the story's zone; "uncertain between" is drawn as a vague band over the days it may be.
    private static TimelineEvent Dated(TimelineEvent e, CorrectedDate date, DateTimeZone zone) => e with
    {
        Start = date.First.AtStartOfDayInZone(zone).ToInstant(),
        End = date.Last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant(),
        FirstDay = date.First,
        LastDay = date.Last,
        Precision = TimePrecision.Day,
        IsVague = date.Uncertain,
        TimexValue = date.First == date.Last
            ? date.First.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : $"{date.First.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}/{date.Last.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}",
    };

    private static void Repoint(Dictionary<string, TimelineEvent> events, string actorId, Func<TimelineEvent, string> to)
    {
        foreach (var e in events.Values.Where(e => e.ActorIds.Contains(actorId)).ToList())
        {
            string target = to(e);
            events[e.Id] = e with { ActorIds = [.. e.ActorIds.Select(a => a == actorId ? target : a).Distinct(StringComparer.Ordinal)] };
        }
    }

    private static bool Mentions(TimelineEvent e, string name) =>
        e.Evidence.Any(x => Regex.IsMatch(x.Sentence, $@"(?<!\w){Regex.Escape(name)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
