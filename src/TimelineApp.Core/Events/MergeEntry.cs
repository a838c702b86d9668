using NodaTime;

namespace TimelineApp.Core.Events;

/// <summary>
/// One merged event while <see cref="EventMerger"/> runs, with what comparing it costs computed once: the content
/// words of its title and of each of its dated source sentences, its documents, actors and countries. Mutable,
/// and private to one merge: it grows as events join it.
/// </summary>
internal sealed class MergeEntry
{
    /// <summary>
    /// The most distinct source sentences an event is compared by. Far more than the sources of one happening in
    /// real dumps (a handful); a thousand near-copies of one article would otherwise make every comparison cost a
    /// thousand.
    /// </summary>
    public const int MaxComparedSentences = 32;

    private static readonly char[] Separators = [' ', ',', '.', '"', '\'', ';', ':', '(', ')', '\u201C', '\u201D', '\u2018', '\u2019'];

    private readonly HashSet<string> _title;
    private readonly List<HashSet<string>> _sentences = [];
    private readonly HashSet<string> _sentenceTexts = new(StringComparer.Ordinal);
    private readonly HashSet<EventEvidence> _evidence = [];
    private readonly HashSet<int> _documents;
    private readonly HashSet<string> _actors;
    private readonly HashSet<string> _countries;

    public MergeEntry(TimelineEvent e)
    {
        Event = e;
        _title = ContentWords(e.Title);
        _documents = [.. e.DocumentIndexes];
        _actors = new HashSet<string>(e.ActorIds, StringComparer.Ordinal);
        _countries = new HashSet<string>(e.CountryCodes, StringComparer.Ordinal);
        _evidence.UnionWith(e.Evidence);
        IsHeadline = e.Evidence.All(x => x.PhraseSpan is null);
        CanMerge = !IsHeadline && (e.LastDay - e.FirstDay).Days <= 6;
        Words = new HashSet<string>(_title, StringComparer.Ordinal);
        AddSentences(e);
    }

    public TimelineEvent Event { get; private set; }

    public bool IsHeadline { get; }

    /// <summary>Whether the day rule lets this event merge with another at all (not a headline, at most a week wide).</summary>
    public bool CanMerge { get; }

    /// <summary>Every content word it is compared by.</summary>
    public HashSet<string> Words { get; }

    /// <summary>The days it covers, when it can merge (at most seven).</summary>
    public IEnumerable<LocalDate> Days
    {
        get
        {
            for (var d = Event.FirstDay; CanMerge && d <= Event.LastDay; d = d.PlusDays(1))
            {
                yield return d;
            }
        }
    }

    /// <summary>The rules of <see cref="EventMerger"/>, with this (merged) event first; <paramref name="score"/> is the best wording similarity.</summary>
    public bool IsSameHappening(MergeEntry other, out double score)
    {
        score = -1;
        if (IsHeadline || other.IsHeadline || _documents.Overlaps(other._documents))
        {
            return false;
        }

        var (a, b) = (Event, other.Event);
        var (narrow, wide) = (a.LastDay - a.FirstDay).Days <= (b.LastDay - b.FirstDay).Days ? (a, b) : (b, a);
        if (narrow.FirstDay < wide.FirstDay || narrow.LastDay > wide.LastDay || (wide.LastDay - wide.FirstDay).Days > 6)
        {
            return false;
        }

        // A shared actor with similar sentences is enough; countries alone are shared by too much of a story, so
        // then the events' own clauses (their titles) must be similar, not just their sentences.
        bool sharesActor = _actors.Overlaps(other._actors);
        bool sharesCountry = _countries.Overlaps(other._countries);
        double sentences = BestSimilarity(other);
        double titles = Jaccard(_title, other._title);
        score = Math.Max(sentences, titles);
        return (sharesActor && score >= EventMerger.MinimumSimilarity)
            || (sharesCountry && titles >= EventMerger.MinimumSimilarity)
            || score >= EventMerger.NearVerbatim;
    }

    /// <summary>Takes <paramref name="e"/> in, as one event with both sources; returns the content words new to it.</summary>
    public IReadOnlyList<string> Absorb(MergeEntry e)
    {
        var m = Event;
        var o = e.Event;
        bool narrower = (o.LastDay - o.FirstDay).Days < (m.LastDay - m.FirstDay).Days;
        Event = (narrower ? m with { Start = o.Start, End = o.End, FirstDay = o.FirstDay, LastDay = o.LastDay, Precision = o.Precision, TimexValue = o.TimexValue } : m) with
        {
            // An identical row of the same document adds no evidence: the same sentence twice says nothing more.
            Evidence = [.. m.Evidence, .. o.Evidence.Where(_evidence.Add)],
            ActorIds = [.. m.ActorIds.Union(o.ActorIds)],
            CountryCodes = [.. m.CountryCodes.Union(o.CountryCodes)],
            Locations = [.. m.Locations.Union(o.Locations)],
            DocumentIndexes = [.. m.DocumentIndexes.Union(o.DocumentIndexes)],
        };
        _documents.UnionWith(o.DocumentIndexes);
        _actors.UnionWith(o.ActorIds);
        _countries.UnionWith(o.CountryCodes);
        return AddSentences(o);
    }

    private List<string> AddSentences(TimelineEvent e)
    {
        var added = new List<string>();
        foreach (var x in e.Evidence)
        {
            if (x.PhraseSpan is not null && _sentences.Count < MaxComparedSentences && _sentenceTexts.Add(x.Sentence))
            {
                var words = ContentWords(x.Sentence);
                _sentences.Add(words);
                added.AddRange(words.Where(Words.Add));
            }
        }

        return added;
    }

    // Each of this event's dated sentences and its title against each of the other's: the best pair.
    private double BestSimilarity(MergeEntry other)
    {
        double best = 0;
        foreach (var a in _sentences.Append(_title))
        {
            foreach (var b in other._sentences.Append(other._title))
            {
                best = Math.Max(best, Jaccard(a, b));
            }
        }

        return best;
    }

    /// <summary>Jaccard similarity of two word sets; 0 when either is empty.</summary>
    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The content words (four letters or more), upper-cased.</summary>
    public static HashSet<string> ContentWords(string s) =>
        s.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
         .Where(w => w.Length >= 4)
         .Select(w => w.ToUpperInvariant())
         .ToHashSet(StringComparer.Ordinal);
}
