using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Web.Services;

/// <summary>Writes a <see cref="TimelineQuery"/> to a query string and reads it back, ignoring anything malformed.</summary>
public static class TimelineQueryString
{
    public static string ToUri(string path, TimelineQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var pairs = new List<KeyValuePair<string, string?>>();
        if (q.Dataset is { } d)
        {
            pairs.Add(new("dataset", d.ToString("N")));
        }

        pairs.AddRange(q.Actors.Select(a => new KeyValuePair<string, string?>("actor", a)));
        pairs.AddRange(q.Countries.Select(c => new KeyValuePair<string, string?>("country", c)));
        pairs.AddRange(q.Sources.Select(s => new KeyValuePair<string, string?>("source", s.ToString(CultureInfo.InvariantCulture))));
        if (q.From is { } from)
        {
            pairs.Add(new("from", LocalDatePattern.Iso.Format(from)));
        }

        if (q.To is { } to)
        {
            pairs.Add(new("to", LocalDatePattern.Iso.Format(to)));
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            pairs.Add(new("q", q.Text));
        }

        if (q.Lanes != LaneMode.Combined)
        {
            pairs.Add(new("lanes", q.Lanes.ToString().ToLowerInvariant()));
        }

        if (q.WindowStart is { } ws && q.WindowEnd is { } we)
        {
            // ".." rather than "-": a window before 1970 has negative seconds.
            pairs.Add(new("win", $"{ws.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}..{we.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}"));
        }

        if (q.ListAll)
        {
            pairs.Add(new("list", "all"));
        }

        if (q.Changed)
        {
            pairs.Add(new("changed", "1"));
        }

        if (q.Disputed)
        {
            pairs.Add(new("disputed", "1"));
        }

        if (q.Selected is { } sel)
        {
            pairs.Add(new("event", sel));
        }

        return QueryHelpers.AddQueryString(path, pairs);
    }

    public static TimelineQuery Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        int mark = uri.IndexOf('?', StringComparison.Ordinal);
        var values = QueryHelpers.ParseQuery(mark >= 0 ? uri[mark..] : string.Empty);
        string? One(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        IEnumerable<string> Many(string key) => values.TryGetValue(key, out var v) ? v.OfType<string>().Where(s => s.Length is > 0 and <= 200) : [];

        var q = new TimelineQuery
        {
            // A dataset named but unreadable is kept as the empty id, which matches none: the page then says the
            // dataset is unknown instead of quietly showing the first one.
            Dataset = One("dataset") is not { } named ? null : Guid.TryParse(named, out var id) ? id : Guid.Empty,
            Actors = [.. Many("actor")],
            Countries = [.. Many("country").Where(c => c.Length == 3)],
            Sources = [.. Many("source").Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1).Where(n => n >= 0)],
            From = Date(One("from")),
            To = Date(One("to")),
            Text = One("q") is { Length: > 0 and <= 200 } text ? text : null,
            Selected = One("event") is { Length: > 0 and <= 100 } e ? e : null,
            ListAll = One("list") == "all",
            Changed = One("changed") == "1",
            Disputed = One("disputed") == "1",
            Lanes = Enum.TryParse<LaneMode>(One("lanes"), ignoreCase: true, out var lanes) ? lanes : LaneMode.Combined,
        };

        // Links shared before windows could start before 1970 wrote "start-end".
        if (One("win") is { } win && (win.Contains("..", StringComparison.Ordinal) ? win.Split("..") : win.Split('-')) is [var a, var b]
            && long.TryParse(a, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long s)
            && long.TryParse(b, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long e2) && s < e2
            && s > -62135596800 && e2 < 253402300799)
        {
            q = q with { WindowStart = Instant.FromUnixTimeSeconds(s), WindowEnd = Instant.FromUnixTimeSeconds(e2) };
        }

        return q;
    }

    private static LocalDate? Date(string? value) => value is not null && LocalDatePattern.Iso.Parse(value) is { Success: true } r ? r.Value : null;
}
