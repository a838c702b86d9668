using System.Text.RegularExpressions;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>
/// Names of datasets as a person reads them: the name given, without the hash or id that tools and test runs
/// append to file names ("fisheries-9dd078f4…"); where two names are then the same, a short part of what told
/// them apart (the hash, or else the capture day) is added back.
/// </summary>
public static partial class DatasetDisplayNames
{
    public static IReadOnlyDictionary<Guid, string> For(IEnumerable<DatasetSummary> datasets)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var list = datasets.Select(d => (d.Id, d.CapturedAt, Split: Split(d.Name))).ToList();
        var repeated = list.GroupBy(d => d.Split.Readable, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return list.ToDictionary(
            d => d.Id,
            d => !repeated.Contains(d.Split.Readable) ? d.Split.Readable
                : d.Split.Suffix is { } suffix ? $"{d.Split.Readable} ({suffix[..Math.Min(8, suffix.Length)]})"
                : $"{d.Split.Readable} (captured {NodaTime.Text.InstantPattern.General.Format(d.CapturedAt)})");
    }

    /// <summary>The readable part of a name and the hash-like suffix cut from it, if any.</summary>
    public static (string Readable, string? Suffix) Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = HashSuffix().Match(name);
        return match.Success && match.Index > 0 ? (name[..match.Index], match.Groups["hash"].Value) : (name, null);
    }

    // A name is at most a few hundred characters and the pattern has no nested repetition: the timeout is a net.
    // 16 or more hex digits (a GUID without dashes is 32, a SHA-256 64), or a GUID with dashes, after a separator.
    [GeneratedRegex(@"[-_. ](?<hash>[0-9a-fA-F]{16,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HashSuffix();
}
