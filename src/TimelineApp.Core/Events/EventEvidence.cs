using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// One source sentence behind an event: which document, the sentence, where the time phrase sits in it
/// (relative to the sentence), and how the phrase was resolved.
/// </summary>
public sealed record EventEvidence(int DocumentIndex, string Sentence, TextSpan? PhraseSpan, string? Phrase, string Explanation);
