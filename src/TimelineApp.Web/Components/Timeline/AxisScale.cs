using NodaTime;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>One labelled tick on the time axis.</summary>
public sealed record AxisTick(Instant At, double X, string Label);

/// <summary>
/// Maps instants in a visible window to x positions, and chooses ticks that suit the window: hours for a
/// day, days for a week or two, months for a year, years for decades. Ticks fall on calendar boundaries in
/// the viewer's zone ("00:00", the 1st of a month, 1 January).
/// </summary>
public sealed class AxisScale
{
    /// <summary>The tick steps, finest first, each with the pattern its labels use.</summary>
    private static readonly (Period Step, string Pattern)[] Steps =
    [
        (Period.FromHours(1), "HH:mm"),
        (Period.FromHours(3), "HH:mm"),
        (Period.FromHours(6), "MMM d HH:mm"),
        (Period.FromHours(12), "MMM d HH:mm"),
        (Period.FromDays(1), "ddd MMM d"),
        (Period.FromDays(2), "MMM d"),
        (Period.FromWeeks(1), "MMM d"),
        (Period.FromMonths(1), "MMM uuuu"),
        (Period.FromMonths(3), "MMM uuuu"),
        (Period.FromMonths(6), "MMM uuuu"),
        (Period.FromYears(1), "uuuu"),
        (Period.FromYears(2), "uuuu"),
        (Period.FromYears(5), "uuuu"),
        (Period.FromYears(10), "uuuu"),
        (Period.FromYears(25), "uuuu"),
        (Period.FromYears(50), "uuuu"),
        (Period.FromYears(100), "uuuu"),
    ];

    public AxisScale(Instant start, Instant end, double width, DateTimeZone zone)
    {
        if (end <= start)
        {
            end = start + Duration.FromHours(1);
        }

        Start = start;
        End = end;
        Width = Math.Max(1, width);
        Zone = zone;
    }

    public Instant Start { get; }

    public Instant End { get; }

    public double Width { get; }

    public DateTimeZone Zone { get; }

    public Duration Span => End - Start;

    public double X(Instant at) => (at - Start).TotalMilliseconds / Span.TotalMilliseconds * Width;

    public Instant At(double x) => Start + Duration.FromMilliseconds(x / Width * Span.TotalMilliseconds);

    public bool IsVisible(Instant from, Instant to) => to >= Start && from <= End;

    /// <summary>The coarsest step that still gives at least <paramref name="minimumTicks"/> ticks, labelled.</summary>
    public IReadOnlyList<AxisTick> Ticks(int minimumTicks = 5)
    {
        var (step, pattern) = ChooseStep(minimumTicks);
        var format = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture(pattern);
        var ticks = new List<AxisTick>();
        var local = Align(Start.InZone(Zone).LocalDateTime, step);
        for (int guard = 0; guard < 200; guard++)
        {
            var at = local.InZoneLeniently(Zone).ToInstant();
            if (at > End)
            {
                break;
            }

            if (at >= Start)
            {
                ticks.Add(new AxisTick(at, X(at), format.Format(local)));
            }

            local += step;
        }

        return ticks;
    }

    /// <summary>The tick step for this window, exposed for tests and for the zoom label.</summary>
    public Period ChooseStepPeriod(int minimumTicks = 5) => ChooseStep(minimumTicks).Step;

    private (Period Step, string Pattern) ChooseStep(int minimumTicks)
    {
        var reference = Start.InZone(Zone).LocalDateTime;
        for (int i = Steps.Length - 1; i >= 0; i--)
        {
            var stepEnd = (reference + Steps[i].Step).InZoneLeniently(Zone).ToInstant();
            double approx = Span.TotalMilliseconds / (stepEnd - Start).TotalMilliseconds;
            if (approx >= minimumTicks)
            {
                return Steps[i];
            }
        }

        return Steps[0];
    }

    private static LocalDateTime Align(LocalDateTime t, Period step)
    {
        if (step.Years > 0)
        {
            int year = t.Year - (((t.Year % step.Years) + step.Years) % step.Years);
            return new LocalDate(year, 1, 1).AtMidnight();
        }

        if (step.Months > 0)
        {
            int month = ((t.Month - 1) / step.Months * step.Months) + 1;
            return new LocalDate(t.Year, month, 1).AtMidnight();
        }

        if (step.Weeks > 0)
        {
            return t.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)).AtMidnight();
        }

        if (step.Days > 0)
        {
            return t.Date.AtMidnight();
        }

        return t.Date.At(new LocalTime((int)(t.Hour / step.Hours * step.Hours), 0));
    }
}
