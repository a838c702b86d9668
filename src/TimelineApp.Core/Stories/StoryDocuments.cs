using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Stories;

/// <summary>
/// The documents of a story, each once. A document captured twice (the same address, or the same source and headline)
/// is one document: its text is the latest capture's (an article can be updated), its publication time the most precise
/// capture's (a stated time beats "3 hours ago", which beats "2 days ago" or none).
/// </summary>
internal sealed class StoryDocuments
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<NewsDocument> _documents = [];
    private readonly List<string> _keys = [];
    private readonly Dictionary<(int Capture, int Index), int> _storyIndex = [];

    /// <summary>For each story document, the last capture that had it (its events come from there).</summary>
    public List<int> LatestCapture { get; } = [];

    public IReadOnlyList<NewsDocument> Documents => _documents;

    public void Add(int capture, IReadOnlyList<NewsDocument> documents)
    {
        foreach (var document in documents)
        {
            string key = DocumentIdentity.Of(document);
            if (_byKey.TryGetValue(key, out int index))
            {
                var kept = _documents[index];
                var published = MorePrecise(document.Published, kept.Published) ? document.Published : kept.Published;
                _documents[index] = document with { Index = index, Published = published };
                LatestCapture[index] = capture;
            }
            else
            {
                index = _documents.Count;
                _byKey[key] = index;
                _keys.Add(key);
                _documents.Add(document with { Index = index });
                LatestCapture.Add(capture);
            }

            _storyIndex[(capture, document.Index)] = index;
        }
    }

    /// <summary>The story index of a capture's document (-1 when the capture had no such document).</summary>
    public int IndexOf(int capture, int documentIndex) => _storyIndex.GetValueOrDefault((capture, documentIndex), -1);

    public string KeyOf(int storyIndex) => _keys[storyIndex];

    // A stated time beats an age; of two ages, a time beats a bare day, and the younger age ("3 hours ago") is the finer.
    private static bool MorePrecise(PublicationTime candidate, PublicationTime kept)
    {
        int Rank(PublicationTime p) => p.Basis switch
        {
            PublicationBasis.Explicit => p.IsDateOnly ? 2 : 3,
            PublicationBasis.RelativeToCapture => p.IsDateOnly ? 1 : 2,
            _ => 0,
        };

        int a = Rank(candidate), b = Rank(kept);
        return a > b;
    }
}
