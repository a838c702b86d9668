using NodaTime;
using TimelineApp.Core.Dates;

namespace TimelineApp.Data.Entities;

/// <summary>One event of a dataset; its sources, actors and countries are in the link tables.</summary>
public sealed class EventRecord
{
    public long Id { get; set; }

    public Guid DatasetId { get; set; }

    /// <summary>The pipeline's id for the event, unique within the dataset.</summary>
    public required string Key { get; set; }

    public Instant Start { get; set; }

    public Instant End { get; set; }

    public LocalDate FirstDay { get; set; }

    public LocalDate LastDay { get; set; }

    public TimePrecision Precision { get; set; }

    public bool IsVague { get; set; }

    public required string TimexValue { get; set; }

    public required string Title { get; set; }

    /// <summary>The first evidence sentence, kept here for text search.</summary>
    public required string Evidence { get; set; }

    public List<EventSourceRecord> Sources { get; set; } = [];

    public List<EventActorRecord> Actors { get; set; } = [];

    public List<EventCountryRecord> Countries { get; set; } = [];

    /// <summary>Locations named in the evidence, separated by new lines.</summary>
    public string Locations { get; set; } = string.Empty;
}

/// <summary>One source sentence behind an event.</summary>
public sealed class EventSourceRecord
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public int DocumentIndex { get; set; }

    public required string Sentence { get; set; }

    public int? PhraseStart { get; set; }

    public int? PhraseEnd { get; set; }

    public string? Phrase { get; set; }

    public required string Explanation { get; set; }
}

/// <summary>
/// An actor taking part in an event. <see cref="DatasetId"/> and <see cref="Start"/> are copies of the event's,
/// written with it (<see cref="Storage.DatasetStore.SaveResultAsync"/>), so "the events of actor X in time order"
/// reads one index range instead of walking all events (<see cref="Storage.EventPages"/>).
/// </summary>
public sealed class EventActorRecord
{
    public long EventId { get; set; }

    public long ActorId { get; set; }

    /// <summary>The event's dataset.</summary>
    public Guid DatasetId { get; set; }

    /// <summary>The event's start.</summary>
    public Instant Start { get; set; }
}

/// <summary>A country involved in an event (ISO 3166-1 alpha-3), with the event's dataset and start as for actors.</summary>
public sealed class EventCountryRecord
{
    public long EventId { get; set; }

    public required string CountryCode { get; set; }

    /// <summary>The event's dataset.</summary>
    public Guid DatasetId { get; set; }

    /// <summary>The event's start.</summary>
    public Instant Start { get; set; }
}
