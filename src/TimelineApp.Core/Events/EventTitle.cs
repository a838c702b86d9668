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
    /// <param name="otherPhrases">The sentence's other time phrases (relative to the sentence): a title carries its
    /// own event's time or none, never another event's ("Varga said on Friday ..." is no title for Tuesday).</param>
    public static string Make(Sentence sentence, TextSpan clause, TextSpan? phrase, IReadOnlyList<EntityMention> mentions, IReadOnlyDictionary<string, string> shortNames, string? pronounReferent, IReadOnlyList<TextSpan>? otherPhrases = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(shortNames);
        string text = sentence.Text;
        var cuts = new List<(int Start, int End, string With)>();
        if (RelativeOpening().Match(text, clause.Start) is { Success: true } && Antecedent(text, clause.Start) is null)
        {
            // "..., which could open the way to an early election by the end of March" with no noun before it to
            // stand as its subject: the sentence from its start is the clause a reader can follow.
            clause = new TextSpan(0, clause.End);
        }

        if (sentence.Index == 0 && Dateline.Length(text) is > 0 and var dateline && clause.Start < dateline)
        {
            // "SEOUL, Dec 4 (Wire) - Yoon lifted ...": where the story was filed is no part of what happened.
            clause = new TextSpan(dateline, Math.Max(dateline, clause.End));
        }

        foreach (var other in (otherPhrases ?? []).Where(o => o.Start >= clause.Start && o.End <= clause.End))
        {
            // A range's end or start stays ("began at 7:30 a.m. and ran until 10 a.m."): cut, it leaves "ran".
            if (!RangeEdge().IsMatch(text.AsSpan(0, other.Start))
                && TimeCut(text, other, clause) is { } cut && (phrase is not { } own || cut.End <= own.Start || cut.Start >= own.End))
            {
                cuts.Add(cut);
            }
        }

        if (phrase is { } p && TimeCut(text, p, clause) is { } cutOwn)
        {
            cuts.RemoveAll(c => c.Start < cutOwn.End && cutOwn.Start < c.End);
            cuts.Add(cutOwn);
        }

        // Longest mentions first, so "NATO Secretary-General Mark Rutte" becomes "Rutte" rather than losing "NATO" alone.
        foreach (var m in mentions.Where(m => m.Kind == EntityKind.Actor && shortNames.ContainsKey(m.Id)).OrderByDescending(m => m.FullSpan.Length))
        {
            var full = m.FullSpan.Shift(-sentence.Span.Start);
            if (full.Start >= clause.Start && full.End <= clause.End && !cuts.Any(c => c.Start < full.End && full.Start < c.End))
            {
                // "her Hungarian counterpart Bence Horvath" → "Horvath", not "her Horvath".
                int start = full.Start;
                if (full != m.Span.Shift(-sentence.Span.Start) && char.IsLower(text[full.Start])
                    && QualifierBefore().Match(text[clause.Start..full.Start]) is { Success: true } qualifier)
                {
                    // "National leader Christopher Luxon" → "Luxon", not "National Luxon": the word that qualified
                    // the role goes with it.
                    start = clause.Start + qualifier.Index;
                }
                else if (full != m.Span.Shift(-sentence.Span.Start) && Possessive().Match(text[..start]) is { Success: true } own && own.Index >= clause.Start)
                {
                    start = own.Index;
                }
                else if (full != m.Span.Shift(-sentence.Span.Start) && char.IsLower(text[full.Start])
                    && ModifierBefore().Match(text[clause.Start..full.Start]) is { Success: true } modifier)
                {
                    if (Determiner().IsMatch(modifier.Groups["word"].Value))
                    {
                        start = clause.Start + modifier.Index; // "his mother, the journalist Diana Turbay" → "his mother, Diana Turbay"
                    }
                    else
                    {
                        // "property developer Paweł Zieliński", "former central banker Mark Carney": the role is
                        // part of a longer noun; cut, it leaves "property Zieliński". Only the name is shortened.
                        start = m.Span.Start - sentence.Span.Start;
                    }
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

        else if (RelativeOpening().Match(text, clause.Start) is { Success: true } relative && Antecedent(text, clause.Start) is { } antecedent2)
        {
            // "..., over the collapse of a flyover that killed three people last week" → "A flyover killed three people":
            // a relative clause has no subject of its own; the noun it follows is it.
            cuts.Add((clause.Start, clause.Start + relative.Length, antecedent2 + " "));
        }
        else if (ThatBefore().Match(text[..clause.Start]) is { Success: true } that && VerbFirst().IsMatch(text.AsSpan(clause.Start))
            && Antecedent(text, that.Index) is { } antecedent3)
        {
            // The same after a "that" the clause was split at, when a verb follows it ("a flyover that killed"),
            // unlike the "that" of reported speech ("told reporters that he would").
            cuts.Add((clause.Start, clause.Start, antecedent3 + " "));
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

    /// <summary>
    /// The noun a relative clause at <paramref name="at"/> follows: the last words before it, back to a comma, a
    /// preposition, a verb in the past or a conjunction ("a string of election losses that" → "election losses").
    /// </summary>
    private static string? Antecedent(string text, int at)
    {
        var words = text[..at].TrimEnd().TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        for (int i = words.Length - 1; i >= 0 && taken.Count < 5; i--)
        {
            string w = words[i];
            if (w.EndsWith(',') || NotInNoun().IsMatch(w) || w.Any(char.IsDigit))
            {
                break;
            }

            taken.Insert(0, w);
            if (Determiner().IsMatch(w))
            {
                break;
            }
        }

        return taken.Count == 0 || taken.All(w => Determiner().IsMatch(w)) ? null : string.Join(' ', taken);
    }

    /// <summary>
    /// What to cut for a time phrase: the phrase with the words that introduce it ("on", "late into"), and the
    /// comma of an aside or the whole opening adverbial it ends ("In a directive issued on Wednesday, ..."). Null
    /// when the cut would break the clause: a phrase another word leans on ("shortly after 1 a.m.", "through the
    /// night", "Tuesday's vote", "the same day that ...") stays, since a title keeps its own time or is no clause.
    /// A phrase coordinated with another ("the floods of 2002 and 2013") stays too: cutting one half leaves "the
    /// floods of and 2013", and the title then names both times, as the text does.
    /// </summary>
    private static (int Start, int End, string With)? TimeCut(string text, TextSpan p, TextSpan clause)
    {
        if (CoordinatedAfter().IsMatch(text.AsSpan(p.End)) || CoordinatedBefore().IsMatch(text.AsSpan(0, p.Start)))
        {
            return null;
        }

        int s = p.Start;
        var lead = LeadingPreposition().Match(text[..s]);
        if (lead.Success)
        {
            s = Math.Max(lead.Index, clause.Start);
        }

        if (lead.Length == 0 && Determined().IsMatch(text.AsSpan(p.Start, p.Length)))
        {
            // "The weekend belonged to ...", "followed the 29 May vote": a phrase with its own article is a noun
            // the clause needs, not an adverb it can lose.
            return null;
        }

        if (LeansBefore().IsMatch(text.AsSpan(clause.Start, s - clause.Start)) || LeansAfter().IsMatch(text.AsSpan(p.End)))
        {
            return null;
        }

        if (text.AsSpan(p.Start, p.Length).Contains('-') && !text.AsSpan(p.Start, p.Length).Contains(' ') && NounAfter().IsMatch(text.AsSpan(p.End)))
        {
            // "a 31% drop in first-quarter net profit": the phrase is an adjective of the noun after it.
            return null;
        }

        if (lead.Length == 0 && p.Start > clause.Start && char.IsUpper(text[p.Start]) && !WeekdayOrMonth().IsMatch(text.AsSpan(p.Start, p.Length)) && CapitalWordBefore().IsMatch(text.AsSpan(clause.Start, p.Start - clause.Start)))
        {
            // "before the next Lunar New Year": the phrase ends a name that starts before it (a weekday or month
            // after a place, "in Hanoi Tuesday", is still only a time).
            return null;
        }

        int end = p.End;
        if (LocalTime().Match(text, end) is { Success: true } zone)
        {
            end += zone.Length; // "at 11 a.m. local time" goes whole.
        }

        string after = text[end..];
        if (after.TrimStart().StartsWith(',') && text[clause.Start..s].TrimEnd() is var head && (head.EndsWith(',') || head.Length == 0 || OpeningAdverbial().IsMatch(head)))
        {
            // "Lindner, on Wednesday evening, bringing" → "Lindner, bringing"; "By Friday morning, the water ..." and "In a directive issued
            // on Wednesday, Chinh ordered ..." → "the water ...", "Chinh ordered ...".
            if (head.EndsWith(','))
            {
                s = text.LastIndexOf(',', s - 1);
            }
            else
            {
                end = text.IndexOf(',', end) + 1;
                s = clause.Start;
            }
        }

        return (s, end, string.Empty);
    }

    internal static string Tidy(string title, string? pronounReferent, IReadOnlyCollection<string> names)
    {
        string OnlyForNames(Match m, string replacement) => names.Contains(m.Groups["name"].Value) ? m.Result(replacement) : m.Value;

        string t = Spaces().Replace(title, " ").Trim();
        t = Label().Replace(t, string.Empty);
        t = Connective().Replace(t, string.Empty);
        t = PhotoPosition().Replace(t, string.Empty);
        t = Subordinator().Replace(t, string.Empty);
        t = InvertedSaid().Replace(t, m => OnlyForNames(m, "${name} said"));
        if (pronounReferent is not null)
        {
            t = Pronoun().Replace(t, pronounReferent + " ", 1);
        }

        // "A top ally of Trump, Graham, said ..." → "Graham, said ..."; "Kellogg, arrived" → "Kellogg arrived".
        t = LeadingApposition().Replace(t, m => OnlyForNames(m, "${name}"));
        t = InnerApposition().Replace(t, m => OnlyForNames(m, "${name} "));
        t = NameComma().Replace(t, m => OnlyForNames(m, "${name} "));
        t = Aside().Replace(t, string.Empty);
        t = AgeAndWho().Replace(t, m => OnlyForNames(m, "${name} ")); // after the asides, which close with a comma of their own
        t = TrailingAttribution().Replace(t.TrimEnd('.', ' ', ','), string.Empty);
        t = SaidAsHe().Replace(t, m => OnlyForNames(m, "${name} "));
        t = DanglingConjunction().Replace(t.Trim().TrimEnd(',', ';', ':', '.', ' ', '-'), string.Empty).Trim();
        t = Spaces().Replace(t, " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" :", ":", StringComparison.Ordinal).Replace("..", ".", StringComparison.Ordinal);
        t = t.TrimStart(',', ';', ':', ' ');
        if (t.Count(c => c == '"') % 2 == 1 || t.Count(c => c == '\u201C') != t.Count(c => c == '\u201D'))
        {
            // A clause cut from inside a quotation keeps one of its marks: without its pair it only misleads.
            t = t.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("\u201C", string.Empty, StringComparison.Ordinal).Replace("\u201D", string.Empty, StringComparison.Ordinal).Trim();
        }
        if (t.Length > 0 && char.IsLower(t[0]))
        {
            t = char.ToUpperInvariant(t[0]) + t[1..];
        }

        var words = t.Split(' ');
        return words.Length <= MaxWords ? t : string.Join(' ', words.Take(MaxWords)).TrimEnd(',', ';', ':') + "\u2026";
    }

    // After a quotation: "said Ana Soto, a court clerk in Lima" → "Ana Soto said".
    [GeneratedRegex(@"^(?:[Ss]aid|[Ss]ays|[Aa]dded|[Aa]sked)\s+(?<name>\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4})(?:,\s+(?:a|an|the)\s[^,]*$)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InvertedSaid();

    // "Carney, 59, who ran the Bank of Canada ..." → "Carney ran the Bank of Canada ...".
    [GeneratedRegex(@"^(?<name>\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4})(?:,\s+\d{1,3})?,\s+who\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgeAndWho();

    [GeneratedRegex(@"\b(?:until|till|through|to|from|since|between)\s+(?:about\s+|almost\s+|nearly\s+|around\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RangeEdge();

    // Capitalized words (an organization, a party) right before a role in lower case: "ACT leader", "National leader".
    [GeneratedRegex(@"(?<=^|\s)(?:\p{Lu}[\w'’.-]*\s+){1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QualifierBefore();

    // The lower-case word right before a role: an article, or a noun or adjective that the role completes ("property
    // developer"); not a verb in the past, a preposition or a word of saying, after which the role can go.
    [GeneratedRegex(@"(?<=^|\s)(?<word>(?!(?:by|of|to|for|with|and|or|but|that|as|at|in|on|from|said|says|told|met|led|is|was|were|are|be|been|has|have|had|his|her|its|their)\s)\p{Ll}[\p{Ll}-]*(?<!ed))\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ModifierBefore();

    [GeneratedRegex(@"^\s+\p{Ll}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NounAfter();

    // A capitalized word right before the phrase, not opening the clause: "the next Lunar New Year".
    [GeneratedRegex(@"\S\s+\p{Lu}[\p{L}'’-]*\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalWordBefore();

    private static readonly Regex WeekdayOrMonthRegex = LexiconData.Regex($@"^(?:{CalendarPrefixes})");

    private static Regex WeekdayOrMonth() => WeekdayOrMonthRegex;

    [GeneratedRegex(@"\G\s+(?:local\s+time|GMT|UTC|ET|EST|EDT|BST|CET|CEST)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LocalTime();

    // A relative pronoun opening the clause: "that killed", "which cost", "who have controlled".
    [GeneratedRegex(@"\G\s*(?:that|which|who)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeOpening();

    [GeneratedRegex(@"\bthat\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ThatBefore();

    [GeneratedRegex(@"^\s*(?:\p{Ll}+ed|is|was|were|has|have|had|will|would|could|can|may|might|must|should|cost|hit|led|left|made|took|came|fell|rose|began|became|struck|saw|won|lost|set|put|cut|drew|brought|caused|forced|sent|spent|built|told|said|paid|held|kept|met|ran|went|gave|grew|threw|shot|fought|bought|caught|sold|stood|wrote|spoke|broke|chose|drove|froze|stole|tore|hid|fed|fled|lent|dealt|felt|meant|hung|struck|stuck|sank|shrank|rang|sang|swam|ate|got|shut|hurt|let|spread|sends|killed|kills|leads|makes|takes|gives|shows)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex VerbFirst();

    // A word that is no part of the noun before a relative clause: a preposition, conjunction, verb or pronoun.
    [GeneratedRegex(@"^(?:of|for|over|in|on|at|to|by|with|from|after|before|about|against|into|during|and|or|but|as|said|says|is|was|were|are|be|been|has|have|had|\p{Ll}+ed|he|she|they|it|we)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotInNoun();

    [GeneratedRegex(@"^(?:the|a|an|his|her|its|their|this|that|these|those)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^the\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Determined();

    // A word left waiting for the phrase it governed: "shortly after", "through the", "the next", "at about", "should be".
    [GeneratedRegex(@"\b(?:the|a|an|about|around|approximately|nearly|almost|after|before|since|until|till|to|than|ever|from|dating|of|by|at|on|in|for|through|past|between|and|or|his|her|their|its|our|my|your|this|that|last|next|every|each|throughout|during|within|following|ahead|beginning|starting|be|is|was|are|were|been|scheduled|due|only|just|speaking|writing)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeansBefore();

    // The phrase qualifies what follows: "Tuesday's vote".
    [GeneratedRegex(@"^['’]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeansAfter();

    // The opening adverbial a time phrase ends before the comma: "In a directive issued", "Shortly after", "By".
    [GeneratedRegex(@"^(?:In|On|At|By|After|Before|During|Since|Until|Following|Over|Within|Throughout|From|Earlier|Later|Shortly|Late|Early|Until)\b[^,]{0,60}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OpeningAdverbial();

    // "on", "late into", "in early", "early on": what introduced the time phrase goes with it; "late" and "early"
    // only right before the phrase or before "on" ("ran late into the night" keeps "ran late").
    [GeneratedRegex(@"(?:\b(?:early|late)\s+(?=on\s+$))?(?:\b(?:on|in|into|at|by|until|till|through|since|from|for|of|over|within|during|earlier|later)\s+)*(?:\b(?:late|early)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
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
    [GeneratedRegex(@"^[A-Z]{2,}(?:\s+[A-Z]{2,})*(?:\s*\([^)]{1,40}\))?:\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Label();

    // Caption positions: "Trump, left, meets with Kim".
    [GeneratedRegex(@",\s+(?:(?:second|third|far|top|bottom|front|back)\s+)?(?:left|right|center|centre)(?:\s+to\s+right)?,", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PhotoPosition();

    [GeneratedRegex(@"(?:\s+(?:and|or|but|as|with|to|the|a|an|of|in|into|on|at|by|from|until|since|her|his|their|its))+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DanglingConjunction();

    // "Trump said, as he confirmed the U.S. is sending ..." → "Trump confirmed the U.S. is sending ...".
    [GeneratedRegex(@"^(?<name>\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4})\s+(?:said|says|told reporters),?\s+(?:as|while|when)\s+(?:he|she|they)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
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

    [GeneratedRegex(@"^(?:[A-Z][\w'’.-]*|a|an|the|A|An|The)(?:\s+[\w'’.-]+){0,9},\s+(?<name>\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4})(?:,(?=\s+(?!\p{Ll}+ing\b)\p{Ll})|(?=\s+\p{Ll}))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingApposition();

    [GeneratedRegex(@"(?<name>\b\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4}),\s+(?:the|a|an|his|her|its|their|who)\s+[^,]{1,80},\s+(?=\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InnerApposition();

    [GeneratedRegex(@"(?<name>\b\p{Lu}[\w'’.-]*(?:\s+(?:\p{Lu}[\w'’.-]*|de|da|van|von|der|den|bin|al|del|la|le|du|dos|das)){0,4})(?:\s+of\s+\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*)?,\s+(?=(?:said|says|told|arrived|met|spoke|warned|added|announced|was|is|has|had|will|would)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NameComma();

    [GeneratedRegex(@",\s+(?:a|an|the)?\s*[^,]{0,60}\s+(?:said|says|reported|reports|told reporters|told local radio)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingAttribution();
}
