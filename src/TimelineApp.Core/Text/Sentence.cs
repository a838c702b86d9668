namespace TimelineApp.Core.Text;

/// <summary>One sentence of a document's text, with where it sits in that text.</summary>
public sealed record Sentence(int Index, TextSpan Span, string Text);
