using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Text;

/// <summary>Pieces bound what any regex sees at once; they must cover the text and point back into it.</summary>
public sealed class TextPiecesTests
{
    [Fact]
    public void SentencesAreTheirOwnPieces()
    {
        const string Text = "Talks resumed on Monday. They ended on Friday.";
        Assert.Equal(["Talks resumed on Monday.", "They ended on Friday."], TextPieces.Of(Text).Select(p => p.Text));
    }

    [Theory]
    [InlineData("word ")]
    [InlineData("7")]
    public void ALongRunIsCutIntoBoundedPiecesThatPointIntoTheText(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 5_000 / unit.Length)).TrimEnd();
        var pieces = TextPieces.Of(text).ToList();
        Assert.True(pieces.Count >= 5);
        Assert.All(pieces, p => Assert.InRange(p.Text.Length, 1, TextPieces.MaxLength));
        Assert.All(pieces, p => Assert.Equal(p.Text, text[p.Span.Start..p.Span.End]));

        // Every character but the white space at the cuts is in exactly one piece.
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), pieces.Sum(p => p.Text.Count(c => !char.IsWhiteSpace(c))));
        Assert.All(pieces.Zip(pieces.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
    }

    [Fact]
    public void ALongSentenceIsCutAtAClauseBoundary_NotInTheMiddleOfAClause()
    {
        string clause = "the committee met again in the capital to discuss the proposal, ";
        string text = string.Concat(Enumerable.Repeat(clause, 40)).TrimEnd(' ', ',') + ".";

        var pieces = TextPieces.Of(text).ToList();

        Assert.True(pieces.Count >= 2);
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(",", p.Text, StringComparison.Ordinal));
    }
}
