namespace TimelineApp.Core.Dates;

/// <summary>How much of one document date resolution reads in the pipeline.</summary>
/// <remarks>
/// The recognizer costs about a millisecond per phrase, so cost follows phrases, not bytes: a line of nothing but
/// "Monday"s holds one phrase every 7 characters and would cost minutes per megabyte. News holds about one phrase
/// per 300 characters, a chronology box ("On March 3, the delegates met again in Geneva to discuss the draft.") about one per 70 to 90; the
/// budget reads every phrase of news, all of any document of up to 200 phrases however dense, and cuts only longer
/// text that is denser than one phrase per 80 characters (the cut is said in the result's notes).
/// </remarks>
public static class DateLimits
{
    /// <summary>Time phrases read per document, however long it is. A document makes at most <c>EventLimits.MaxEventsPerDocument</c> events anyway.</summary>
    public const int MaxPhrasesPerDocument = 2_000;

    /// <summary>Phrases any document may hold whatever its length (a short chronology is all dates).</summary>
    public const int MinPhraseBudget = 200;

    /// <summary>Past <see cref="MinPhraseBudget"/>, one phrase per this many characters.</summary>
    public const int CharactersPerPhrase = 80;

    /// <summary>The phrases read of a document of <paramref name="length"/> characters.</summary>
    public static int PhraseBudget(int length) => Math.Clamp(length / CharactersPerPhrase, MinPhraseBudget, MaxPhrasesPerDocument);
}
