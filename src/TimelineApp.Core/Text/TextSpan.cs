namespace TimelineApp.Core.Text;

/// <summary>A half-open range of UTF-16 code units in a text: <c>[Start, End)</c>, as C# string indices.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Shift(int offset) => new(Start + offset, End + offset);

    public override string ToString() => $"[{Start},{End})";
}
