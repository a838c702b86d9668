using System.Text;
using System.Text.RegularExpressions;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Makes a short title a reader can scan from the clause of an event: the time phrase goes (the timeline shows
/// the time), people are named by the short name the text itself uses ("Russian Foreign Minister Sergey Lavrov"
/// becomes "Lavrov"), a leading "He" becomes the person the previous sentence was about, appositions and
/// trailing attributions (", a senior official said") go, and the rest is kept word for word, cut at
/// <see cref="MaxWords"/> words.
/// </summary>
public static partial class EventTitle
{
    public const int MaxWords = 16;

    /// <param name="sentence">The sentence and where it sits in the document.</param>
    /// <param name="clause">The clause, relative to the sentence.</param>
    /// <param name="phrase">The time phrase, relative to the sentence (removed from the title), if any.</param>
    /// <param name="mentions">Entity mentions in document coordinates.</param>
    /// <param name="shortNames">Short names by actor id.</param>
    /// <param name="pronounReferent">Short name of the person a leading "He"/"She" refers to, if known.</param>
    public static string Make(Sentence sentence, TextSpan clause, TextSpan? phrase, IReadOnlyList<EntityMention> mentions, IReadOnlyDictionary<string, string> shortNames, string? pronounReferent)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(shortNames);
        string text = sentence.Text;
        var cuts = new List<(int Start, int End, string With)>();
        // A phrase coordinated with another ("the floods of 2002 and 2013") stays: cutting one half leaves
        // "the floods of and 2013", and the title then names both times, as the text does.
        if (phrase is { } p && !CoordinatedAfter().IsMatch(text.AsSpan(p.End)) && !CoordinatedBefore().IsMatch(text.AsSpan(0, p.Start)))
        {
            int s = p.Start;
            var lead = LeadingPreposition().Match(text[..s]);
            if (lead.Success)
            {
                s = lead.Index;
            }

            cuts.Add((s, p.End, string.Empty));
        }

        // Longest mentions first, so "NATO Secretary-General Mark Rutte" becomes "Rutte" rather than losing "NATO" alone.
        foreach (var m in mentions.Where(m => m.Kind == EntityKind.Actor && shortNames.ContainsKey(m.Id)).OrderByDescending(m => m.FullSpan.Length))
        {
            var full = m.FullSpan.Shift(-sentence.Span.Start);
            if (full.Start >= clause.Start && full.End <= clause.End && !cuts.Any(c => c.Start < full.End && full.Start < c.End))
            {
                // "her Hungarian counterpart Bence Horvath" → "Horvath", not "her Horvath".
                int start = full.Start;
                if (full != m.Span.Shift(-sentence.Span.Start) && Possessive().Match(text[..start]) is { Success: true } own && own.Index >= clause.Start)
                {
                    start = own.Index;
                }

                cuts.Add((start, full.End, shortNames[m.Id]));
            }
        }

        // "Medrano, who took office last year, ...": the clause is about the person before "who".
        if (text.AsSpan(clause.Start).StartsWith("who ", StringComparison.Ordinal)
            && mentions.FirstOrDefault(m => m.Kind == EntityKind.Actor && shortNames.ContainsKey(m.Id) && clause.Start - (m.Span.End - sentence.Span.Start) is >= 0 and <= 3) is { } antecedent)
        {
            cuts.Add((clause.Start, clause.Start + 3, shortNames[antecedent.Id]));
        }

        var sb = new StringBuilder();
        int at = clause.Start;
        foreach (var (start, end, with) in cuts.Where(c => c.Start >= clause.Start && c.End <= clause.End).OrderBy(c => c.Start))
        {
            sb.Append(text, at, start - at).Append(with);
            at = end;
        }

        sb.Append(text, at, clause.End - at);
        return Tidy(sb.ToString(), pronounReferent, [.. shortNames.Values]);
    }

    internal static string Tidy(string title, string? pronounReferent, IReadOnlyCollection<string> names)
    {
        string OnlyForNames(Match m, string replacement) => names.Contains(m.Groups["name"].Value) ? m.Result(replacement) : m.Value;

        string t = Spaces().Replace(title, " ").Trim();
        t = Label().Replace(t, string.Empty);
        t = Connective().Replace(t, string.Empty);
        t = PhotoPosition().Replace(t, string.Empty);
        t = Subordinator().Replace(t, string.Empty);
        if (pronounReferent is not null)
        {
            t = Pronoun().Replace(t, pronounReferent + " ", 1);
        }

        // "A top ally of Trump, Graham, said ..." → "Graham, said ..."; "Kellogg, arrived" → "Kellogg arrived".
        t = LeadingApposition().Replace(t, m => OnlyForNames(m, "${name}"));
        t = InnerApposition().Replace(t, m => OnlyForNames(m, "${name} "));
        t = NameComma().Replace(t, m => OnlyForNames(m, "${name} "));
        t = Aside().Replace(t, string.Empty);
        t = TrailingAttribution().Replace(t.TrimEnd('.', ' ', ','), string.Empty);
        t = SaidAsHe().Replace(t, m => OnlyForNames(m, "${name} "));
        t = DanglingConjunction().Replace(t.Trim().TrimEnd(',', ';', ':', '.', ' ', '-'), string.Empty).Trim();
        t = Spaces().Replace(t, " ").Replace(" ,", ",", StringComparison.Ordinal);
        if (t.Length > 0 && char.IsLower(t[0]))
        {
            t = char.ToUpperInvariant(t[0]) + t[1..];
        }

        var words = t.Split(' ');
        return words.Length <= MaxWords ? t : string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':') + "\u2026";
    }

    // "on", "late into", "in early": what introduced the time phrase goes with it; "late" and "early" only right
    // before the phrase ("ran late into the night" keeps "ran late").
    [GeneratedRegex(@"(?:\b(?:on|in|into|at|by|until|till|through|since|from|for|of|over|within|during|earlier|later)\s+)*(?:\b(?:late|early)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingPreposition();

    // Another time follows: ", and 2013", " or Tuesday", " to March".
    private static readonly Regex CoordinatedAfterRegex = LexiconData.Regex($@"^,?\s+(?:and|or|to|through|until)\s+(?:\d|(?:{CalendarPrefixes})[a-z]*\b)");

    private static Regex CoordinatedAfter() => CoordinatedAfterRegex;

    // Another time precedes: "2002 and ", "Monday or ".
    private static readonly Regex CoordinatedBeforeRegex = LexiconData.Regex($@"(?:\d|\b(?:{CalendarPrefixes})[a-z]*)\.?,?\s+(?:and|or|to|through|until)\s+$");

    private static Regex CoordinatedBefore() => CoordinatedBeforeRegex;

    // "Jan|…|Dec|Mon|…|Sun": a month or weekday name starts with one of these.
    private static string CalendarPrefixes => $"{CalendarNames.MonthPrefixPattern}|{CalendarNames.WeekdayPrefixPattern}";

    [GeneratedRegex(@"\b(?:his|her|their|its|our|my|your)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Possessive();

    // "FILE PHOTO: ..." and similar labels in capitals.
    [GeneratedRegex(@"^[A-Z]{2,}(?:\s+[A-Z]{2,})*:\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Label();

    // Caption positions: "Trump, left, meets with Kim".
    [GeneratedRegex(@",\s+(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:left|right|center|centre)(?:\s+to\s+right)?,", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PhotoPosition();

    [GeneratedRegex(@"(?:\s+(?:and|or|but|as|with|to|the|a|an|of|in|into|on|at|by|from|until|since|her|his|their|its))+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DanglingConjunction();

    // "Trump said, as he confirmed the U.S. is sending ..." → "Trump confirmed the U.S. is sending ...".
    [GeneratedRegex(@"^(?<name>\p{Lu}[\w'’-]+)\s+(?:said|says|told reporters),?\s+(?:as|while|when)\s+(?:he|she|they)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SaidAsHe();

    // ", which still needs approval by each parliament," and ", who took office last year,".
    [GeneratedRegex(@",\s+(?:which|who|whose)\s+[^,]{1,100},", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:Also|But|And|However|Meanwhile|Still|Separately|In addition|Earlier|Later|Previously|Then)\b,?\s*)+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:as|while|where|which|when|whereas|after|before|because|although|though|but|saying|adding|citing|amid|despite|even as)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^(?:He|She|he|she)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:[A-Z][\w'’.-]*|a|an|the|A|An|The)(?:\s+[\w'’.-]+){0,9},\s+(?<name>\p{Lu}[\w'’-]+)(?=,\s+\p{Ll}|\s+\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingApposition();

    [GeneratedRegex(@"(?<name>\b\p{Lu}[\w'’-]+),\s+(?:the|a|an|his|her|its|their|who)\s+[^,]{1,80},\s+(?=\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InnerApposition();

    [GeneratedRegex(@"(?<name>\b\p{Lu}[\w'’-]+)(?:\s+of\s+\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*)?,\s+(?=(?:said|says|told|arrived|met|spoke|warned|added|announced|was|is|has|had|will|would)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NameComma();

    [GeneratedRegex(@",\s+(?:a|an|the)?\s*[^,]{0,60}\s+(?:said|says|reported|reports|told reporters|told local radio)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingAttribution();
}
