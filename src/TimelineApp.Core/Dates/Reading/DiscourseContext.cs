using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using NodaTime;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// The dates a document has mentioned so far, in text order, so that "a year earlier", "that quarter" and
/// "the day" can anchor to the last one mentioned (HeidelTime's <c>getLastMentionedX</c>).
/// </summary>
public sealed class DiscourseContext
{
    // Each reading with its value, parsed once when it is added.
    private readonly List<(TimeReading Reading, TimexValue Value)> _mentioned = [];

    // Dates that only close a period ("the quarter ended Sept. 30"), by reference: they stay days for "the day"
    // but are never what "a year earlier" compares with.
    private readonly HashSet<TimeReading> _periodEnds = new(ReferenceEqualityComparer.Instance);

    // How many dates had been mentioned when the last reported stretch of months ("for the nine months") was read,
    // or -1: a stretch mentioned after every anchor is what a year-ago comparison refers to (see ReportedLength).
    private int _reportedLengthAt = -1;

    /// <summary>Records a resolved DATE or TIME with a calendar value.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="closesPeriod">True for a date after "ended"/"ending" (see <see cref="PeriodEnd"/>).</param>
    public void Add(TimeReading reading, bool closesPeriod = false)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var value = TimexValue.Parse(reading.Value);
        if (reading.Type is TimexType.Date or TimexType.Time && value.HasYear)
        {
            _mentioned.Add((reading, value));
            if (closesPeriod)
            {
                _periodEnds.Add(reading);
            }
        }
    }

    /// <summary>Records a reported stretch of months ("for the nine months", <see cref="ReportedLength"/>).</summary>
    public void AddReportedLength() => _reportedLengthAt = _mentioned.Count;

    /// <summary>
    /// The year of the reported stretch of months when that stretch is the last period mentioned (no anchoring
    /// date after it): the year of the last date before it, or the publication year. Null otherwise.
    /// </summary>
    /// <param name="published">The publication date.</param>
    public int? ReportedLengthYear(LocalDate published)
    {
        if (_reportedLengthAt < 0)
        {
            return null;
        }

        int last = _mentioned.FindLastIndex(m => IsAnchor(m.Reading));
        if (last >= _reportedLengthAt)
        {
            return null;
        }

        return last >= 0 ? _mentioned[last].Value.LeadingYear : published.Year;
    }

    /// <summary>
    /// The last mentioned calendar value with a year, of any granularity, skipping values that were themselves
    /// shifted from an earlier mention ("a year ago" twice in a row compares with the same year, not one further back)
    /// and dates that only close a period ("the first quarter ended Sept. 30. A year earlier …" compares quarters).
    /// </summary>
    /// A time of day anchors by its day ("at midnight on Dec. 31 … a year earlier").
    public string? LastDated() => _mentioned.LastOrDefault(m => IsAnchor(m.Reading)) is { Reading: { } r, Value: var value }
        ? r.Type == TimexType.Time && value.DayText is { } day ? day : r.Value
        : null;

    private bool IsAnchor(TimeReading r) => !r.FromEarlierMention && r.Type is TimexType.Date or TimexType.Time && !_periodEnds.Contains(r);

    /// <summary>The last mentioned quarter, skipping values shifted from earlier mentions. Dates are not turned into
    /// quarters: in earnings reports the dates near a quarter are mostly publication-day events.</summary>
    /// <param name="published">The publication date: quarters not yet over at publication are forecasts ("expects
    /// the fourth quarter to be weak", "the third quarter of 1990"), never the reported quarter that "the year-ago
    /// period" compares with.</param>
    public string? LastQuarter(LocalDate published)
    {
        string current = TimexValues.Quarter(published.Year, ((published.Month - 1) / 3) + 1);
        for (int i = _mentioned.Count - 1; i >= 0; i--)
        {
            var (r, value) = _mentioned[i];
            if (r.FromEarlierMention || string.CompareOrdinal(r.Value, current) >= 0)
            {
                continue;
            }

            if (value.Kind == TimexKind.Quarter)
            {
                return r.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The hour of the clock time that gave <see cref="LastDay"/> its day ("10:25 p.m." → 22), or null when that
    /// mention was a day without a clock time or a part of the day ("Tuesday night").
    /// </summary>
    public int? LastDayClockHour()
    {
        for (int i = _mentioned.Count - 1; i >= 0; i--)
        {
            if (_mentioned[i].Value.DayText is not null)
            {
                string v = _mentioned[i].Reading.Value;
                int t = v.IndexOf('T', StringComparison.Ordinal);
                return _mentioned[i].Reading.Type == TimexType.Time && t > 0 && v.Length >= t + 3 && char.IsAsciiDigit(v[t + 1]) && char.IsAsciiDigit(v[t + 2])
                    ? ((v[t + 1] - '0') * 10) + (v[t + 2] - '0')
                    : null;
            }
        }

        return null;
    }

    /// <summary>The last mentioned full date (the date part of a time).</summary>
    public string? LastDay()
    {
        for (int i = _mentioned.Count - 1; i >= 0; i--)
        {
            if (_mentioned[i].Value.DayText is { } day)
            {
                return day;
            }
        }

        return null;
    }
}
