using NodaTime;

namespace TimelineApp.Core.Events;

/// <summary>
/// The blocks of <see cref="EventMerger"/>: merged events filed under each (day, content word) they have, so that an
/// event is compared only with those sharing a day and a word with it. Two events the rules could merge always
/// share both (the narrower one's days lie inside the wider one's; similarity needs a shared word).
/// </summary>
internal sealed class MergeBlocks
{
    /// <summary>
    /// A word filed under more merged events of one day than this says nothing about which happening an event
    /// reports ("said", "government" on a busy day): it is no longer used to find candidates. Reports of one
    /// happening share rarer words too (names, places, numbers), which still find each other.
    /// </summary>
    public const int MaxBlockSize = 128;

    /// <summary>The most candidates compared with one event: those sharing the most (day, word) blocks with it.</summary>
    public const int MaxCandidates = 64;

    private readonly Dictionary<(LocalDate Day, string Word), List<int>> _blocks = [];

    /// <summary>Files merged event <paramref name="index"/> under its days and <paramref name="words"/>.</summary>
    public void Add(int index, IEnumerable<LocalDate> days, IEnumerable<string> words)
    {
        var list = words as IReadOnlyCollection<string> ?? [.. words];
        if (list.Count == 0)
        {
            return;
        }

        foreach (var day in days)
        {
            foreach (string word in list)
            {
                if (!_blocks.TryGetValue((day, word), out var block))
                {
                    _blocks[(day, word)] = block = [];
                }

                // A full block is left as it is: it is skipped when looking, so growing it would only cost memory.
                if (block.Count <= MaxBlockSize && (block.Count == 0 || block[^1] != index))
                {
                    block.Add(index);
                }
            }
        }
    }

    /// <summary>The merged events <paramref name="entry"/> shares a day and a telling word with, most shared first, at most <see cref="MaxCandidates"/>.</summary>
    public IEnumerable<int> Candidates(MergeEntry entry)
    {
        var hits = new Dictionary<int, int>();
        foreach (var day in entry.Days)
        {
            foreach (string word in entry.Words)
            {
                if (_blocks.TryGetValue((day, word), out var block) && block.Count <= MaxBlockSize)
                {
                    foreach (int i in block)
                    {
                        hits[i] = hits.GetValueOrDefault(i) + 1;
                    }
                }
            }
        }

        return hits.Count <= MaxCandidates
            ? hits.Keys
            : hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Take(MaxCandidates).Select(h => h.Key);
    }
}
