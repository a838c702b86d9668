using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Tests.Acceptance;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Events;

/// <summary>
/// The wrong titles and junk events issue #12 lists, each rebuilt in text written for these tests: the subject is
/// the sentence's, names keep every part, titles are clauses carrying their own time or none, captions and credits
/// are not events, quoted times date nothing unless the quote reports a happening, and centuries or decades in
/// passing make no event.
/// </summary>
public sealed class TitleSpecTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 16, 12, 0), DateTimeZone.Utc); // a Wednesday

    private static TimelineResult Run(string dump) => DumpRun.Pipeline.Process(dump, Captured, cancellationToken: TestContext.Current.CancellationToken);

    private static TimelineEvent EventOf(TimelineResult result, string phrase) =>
        Assert.Single(result.Events, e => e.Evidence.Any(v => v.Phrase == phrase));

    private static string Title(string text, string phrase, int sentenceIndex = 1) =>
        EventTitle.Make(new Sentence(sentenceIndex, new TextSpan(0, text.Length), text), new TextSpan(0, text.Length), Span(text, phrase), [], new Dictionary<string, string>(), null);

    private static TextSpan Span(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return new TextSpan(at, at + phrase.Length);
    }

    // 1. "Kellogg would make a 'major statement'" where the sentence says Trump will.
    [Fact]
    public void APronounInALaterClauseIsTheSentencesSubject_NotThePreviousEventsPerson()
    {
        var result = Run("\nEnvoy in Bamako\nPresident Luc Morel's special envoy, retired Gen. Paul Abadie, arrived in Bamako on Monday, an official said.\nMorel last week announced that he would make a statement on the Sahel on Thursday.\n");
        var thursday = Assert.Single(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 17));
        Assert.StartsWith("Morel would make a statement on the Sahel", thursday.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("Abadie", thursday.Title, StringComparison.Ordinal);
    }

    // 2. "Kim Min-seok said" shown as "Min-seok said".
    [Fact]
    public void ANameTheTextNeverShortensKeepsEveryPart()
    {
        var result = Run("\nTalks\nSouth Korean Foreign Minister Kim Min-seok said on Tuesday that talks with Tokyo would resume.\n");
        var tuesday = EventOf(result, "Tuesday");
        Assert.StartsWith("Kim Min-seok said", tuesday.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortNameIsTheOneWordNameTheTextUses_ElseTheWholeName()
    {
        Assert.Equal("Abadie", EventBuilder.ShortName(new Actor("a", "Paul Abadie", ActorKind.Person, null, null, ["Paul Abadie", "Abadie"])));
        Assert.Equal("Koizumi Junichiro", EventBuilder.ShortName(new Actor("k", "Koizumi Junichiro", ActorKind.Person, null, null, ["Koizumi Junichiro"])));
        Assert.Equal("Ferdinand Marcos Jr", EventBuilder.ShortName(new Actor("m", "Ferdinand Marcos Jr", ActorKind.Person, null, null, ["Ferdinand Marcos Jr"])));
    }

    [Fact]
    public void AnAliasCountsOnlyWhereTheTextUsesItAlone()
    {
        var actor = new Actor("u", "Ana Uribe Turbay", ActorKind.Person, null, null, ["Ana Uribe Turbay", "Uribe"]);
        Assert.Equal("Ana Uribe Turbay", EventBuilder.ShortName(actor, "Senator Ana Uribe Turbay spoke. Uribe Turbay left."));
        Assert.Equal("Uribe", EventBuilder.ShortName(actor, "Senator Ana Uribe Turbay spoke. Ms Uribe left."));
    }

    // 3. "worked through the to reinforce": a phrase another word leans on stays, and the title is still a clause.
    [Theory]
    [InlineData("Army engineers worked through the night on Saturday to reinforce dikes.", "night on Saturday", "Army engineers worked through the night on Saturday to reinforce dikes")]
    [InlineData("Lawmakers voted shortly after 1 a.m. to demand a withdrawal.", "1 a.m.", "Lawmakers voted shortly after 1 a.m. to demand a withdrawal")]
    [InlineData("The cabinet ended the decree at around 4:30 a.m., six hours after it began.", "4:30 a.m.", "The cabinet ended the decree at around 4:30 a.m., six hours after it began")]
    [InlineData("At least 22 people were killed in Tuesday's protests.", "Tuesday", "At least 22 people were killed in Tuesday's protests")]
    [InlineData("Net profit for the three months to March 31 came to 412 million yuan.", "March 31", "Net profit for the three months to March 31 came to 412 million yuan")]
    [InlineData("Uncertainty followed the 29 May vote.", "the 29 May", "Uncertainty followed the 29 May vote")]
    [InlineData("The firm reported a 31% drop in first-quarter net profit.", "first-quarter", "The firm reported a 31% drop in first-quarter net profit")]
    [InlineData("Officials aim to rebuild every home before the next Lunar New Year.", "New Year", "Officials aim to rebuild every home before the next Lunar New Year")]
    [InlineData("The presidential election is scheduled for May 2026.", "May 2026", "The presidential election is scheduled for May 2026")]
    [InlineData("It is a turnaround for a president who, only 50 days ago, watched his party lose.", "50 days ago", "It is a turnaround for a president who, only 50 days ago, watched his party lose")]
    [InlineData("Seymour, speaking a day later, said his party wanted its own policies.", "a day later", "Seymour, speaking a day later, said his party wanted its own policies")]
    public void APhraseAnotherWordLeansOnStays(string sentence, string phrase, string expected) => Assert.Equal(expected, Title(sentence, phrase));

    [Theory]
    [InlineData("The chancellor dismissed his finance minister, Ana Vera, on Wednesday evening, ending a long feud.", "Wednesday evening", "The chancellor dismissed his finance minister, Ana Vera, ending a long feud")]
    [InlineData("In a directive issued on Wednesday, the minister ordered an evacuation.", "Wednesday", "The minister ordered an evacuation")]
    [InlineData("By Friday morning, the water had fallen by 20 centimetres.", "Friday morning", "The water had fallen by 20 centimetres")]
    [InlineData("The river crested in Bratislava on Tuesday.", "Tuesday", "The river crested in Bratislava")]
    [InlineData("Officers detained the developer at his home early on Tuesday.", "Tuesday", "Officers detained the developer at his home")]
    [InlineData("The index was up 0.3% at 11 a.m. local time.", "11 a.m.", "The index was up 0.3%")]
    public void AnAdverbialPhraseGoesWithItsCommas(string sentence, string phrase, string expected) => Assert.Equal(expected, Title(sentence, phrase));

    [Fact]
    public void TheDatelineIsNoPartOfTheTitle_NorAnEvent()
    {
        Assert.Equal("The president lifted martial law", Title("SEOUL, Dec 4 (Wire) - The president lifted martial law late Tuesday.", "late Tuesday", sentenceIndex: 0));
        var result = Run("\nDecree lifted\nLIMA, July 16 (Wire) - The president lifted the decree on Tuesday.\n");
        var e = Assert.Single(result.Events, e => e.Evidence[0].Phrase is not null);
        Assert.Equal("Tuesday", e.Evidence[0].Phrase);
        Assert.Equal("The president lifted the decree", e.Title);
    }

    // 3. "Varga said on Friday ..." as the title of an event dated Tuesday.
    [Fact]
    public void ATitleCarriesItsOwnTimeOrNone_NeverAnotherEventsTime()
    {
        var result = Run("\nFlood aid\nSlovak Prime Minister Tomas Varga said on Friday the government would compensate families whose homes were flooded, after the river crested in Bratislava on Monday.\n");
        var monday = EventOf(result, "Monday");
        Assert.Equal("The river crested in Bratislava", monday.Title);
        var friday = Assert.Single(result.Events, e => e.Evidence.Any(v => v.Phrase is "Friday" or "on Friday"));
        Assert.DoesNotContain("Monday", friday.Title, StringComparison.Ordinal);
        Assert.StartsWith("Tomas Varga said the government would compensate", friday.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEndOfARangeStaysInTheTitleOfItsStart()
    {
        var result = Run("\nVote\nThe first session began at 7:30 a.m. on Tuesday and ran until almost 10 a.m.\n");
        Assert.Contains(result.Events, e => e.Title.EndsWith("ran until almost 10 a.m", StringComparison.Ordinal) || e.Title.EndsWith("ran until almost 10 a.m.", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAgeAndWhoAfterANameGo()
    {
        var result = Run("\nProfile\nMark Carney, 59, who ran the central bank during the 2008 financial crisis, beat two rivals.\nCarney spoke later.\n");
        Assert.StartsWith("Carney ran the central bank during the 2008 financial crisis", EventOf(result, "2008").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttributionAfterAQuoteOpensWithTheSpeaker()
    {
        var result = Run("\nVigil\n\"I feel like they are switching off the lights,\" said court clerk Ana Soto, who joined a vigil outside the Senate on Tuesday evening.\n");
        Assert.StartsWith("Ana Soto", EventOf(result, "Tuesday evening").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoleQualifiedByAPartyGoesWithItsQualifier()
    {
        var result = Run("\nTalks\nNational leader Christopher Luxon opened coalition talks with ACT leader David Seymour on Saturday, officials said. Luxon and Seymour met again later.\n");
        Assert.Equal("Luxon opened coalition talks with Seymour", EventOf(result, "Saturday").Title);
    }

    [Fact]
    public void ABareNumberIsNoDay()
    {
        var result = Run("\nPolls\nPolls this week put the conservatives at 32 per cent and the Social Democrats on 16 per cent.\n");
        Assert.DoesNotContain(result.Events, e => e.Evidence.Any(v => v.Phrase == "16"));
    }

    [Fact]
    public void ALeadingHeIsTheSubjectOfTheSentenceBefore_NotAPersonItMentions()
    {
        var result = Run("\nProfile\nPrime Minister Justin Trudeau, 53, is the eldest son of Pierre Trudeau, who served as prime minister between 1968 and 1984. He took office in November 2015.\n");
        Assert.StartsWith("Justin Trudeau took office", EventOf(result, "November 2015").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativeClauseTakesTheNounBeforeItAsSubject()
    {
        var result = Run("\nArrests\nPolice arrested two engineers on Tuesday over the collapse of a flyover that killed three people last week.\n");
        var lastWeek = EventOf(result, "last week");
        Assert.Equal("A flyover killed three people", lastWeek.Title);
    }

    // 4. A "FILE PHOTO:" caption made into an event; credits.
    [Theory]
    [InlineData("FILE PHOTO: Rescuers search the rubble in Lima, Peru, March 3, 2024.", true)]
    [InlineData("Photo: Ana Soto", true)]
    [InlineData("Smoke rises from the roof on April 15, 2019. REUTERS/Jane Doe", true)]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", true)]
    [InlineData("Protesters gather outside the court. (Photo: Jun Reyes)", true)]
    [InlineData("The minister said the US/EU talks would resume on Monday.", false)]
    [InlineData("Police said on Monday the photo was taken by a resident.", false)]
    public void CaptionsAndCreditsAreRecognized(string line, bool isCaption) => Assert.Equal(isCaption, CaptionLine.IsCaptionOrCredit(line));

    [Fact]
    public void CaptionsAndCreditsAreNeverEvents()
    {
        var result = Run("\nQuake\nThe minister visited Lima on Monday.\nFILE PHOTO: Rescuers search the rubble in Lima, Peru, March 3, 2024.\n(Reporting by Jane Doe in Lima on Tuesday; Editing by John Roe)\n");
        var dated = result.Events.Where(e => e.Evidence[0].Phrase is not null).ToList();
        Assert.Equal("Monday", Assert.Single(dated).Evidence[0].Phrase);
    }

    // 5. "bombs everybody in the evening" dated as if the speaker reported an event.
    [Fact]
    public void AQuotedTimeMakesAnEventOnlyWhenTheQuoteReportsAHappening()
    {
        var result = Run("\nPledge\n\"We will send them help, because he surprised a lot of people. He talks nice and then bombs everybody in the evening. I don't like it,\" Vera said on Sunday.\n\"We were told in 2019 that a new wall was coming,\" said resident Ana Soto.\n\"Today they can say the law reached him,\" Soto said.\n");
        Assert.DoesNotContain(result.Events, e => e.Evidence.Any(v => v.Phrase is "the evening" or "Today"));
        Assert.Contains(result.Events, e => e.Evidence.Any(v => v.Phrase == "2019"));
        Assert.Contains(result.Events, e => e.Evidence.Any(v => v.Phrase is "Sunday" or "on Sunday"));

        // resolve still lists every phrase: only events change.
        var phrases = result.Documents.SelectMany(d => d.Times).Select(t => t.Text).ToList();
        Assert.Contains("the evening", phrases);
        Assert.Contains("Today", phrases);
    }

    [Theory]
    [InlineData("'We warn against exploiting these ties,' he said.", 4, true)]
    [InlineData("Russia's envoy said the talks went well.", 10, false)]
    [InlineData("\u201CWe ran back at dawn,\u201D she said on Monday.", 30, false)]
    public void QuoteStateIsReadFromTheParagraph(string text, int position, bool inside) => Assert.Equal(inside, QuotedTime.IsInsideQuote(text, position));

    // 6. "this century" and "the 11th century" in passing became century-long events.
    [Fact]
    public void ACenturyOrDecadeMakesAnEventOnlyWhereSomethingHappenedInIt()
    {
        var result = Run("\nTemple\nThe old temple was built in the 11th century, the ministry said.\nIt is the biggest crisis this century, Vera said.\nThe fabled temple of this century drew crowds.\nSome cottages dating from the 18th century take longest to dry.\nSince the 1990s, cities have built flyovers faster than they inspect them.\n");
        var dated = result.Events.Where(e => e.Evidence[0].Phrase is not null).Select(e => e.Evidence[0].Phrase).ToList();
        Assert.Equal(["the 11th century"], dated);
        var phrases = result.Documents.SelectMany(d => d.Times).Select(t => t.Text).ToList();
        Assert.Contains("the 18th century", phrases);
        Assert.Contains("the 1990s", phrases);
    }
}
