using System.Globalization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>
/// Reads the amount and unit of a length of time ("three months", "2 1/2 years", "several weeks") and writes
/// it as a TIMEX3 duration. Conventions copied from TimeML as annotated in news corpora: decades are written
/// in years ("two decades" → P20Y), a vague amount is X ("several years" → PXY), 24 hours is a day.
/// </summary>
public static partial class Amounts
{
    private static readonly AmountList List = LexiconData.Read<AmountList>("numbers.json");

    /// <summary>The number words of one to nine ("one" … "nine"), in order.</summary>
    public static IReadOnlyList<AmountWord> Units { get; } = [.. List.Amounts.Where(a => a.Kind == "number" && a.Value is >= 1 and <= 9 && !a.Words.Contains(' ', StringComparison.Ordinal))];

    /// <summary>The tens from twenty to ninety, in order.</summary>
    public static IReadOnlyList<AmountWord> Tens { get; } = [.. List.Amounts.Where(a => a.Kind == "number" && a.Value is >= 20 and <= 90 && a.Value % 10 == 0)];

    /// <summary>The single number words with a value from <paramref name="from"/> to <paramref name="to"/>, as one alternation ("one|two|…|twelve").</summary>
    public static string NumberWordPattern(int from, int to) =>
        LexiconData.Alternation(List.Amounts.Where(a => a.Kind == "number" && a.Value >= from && a.Value <= to && !a.Words.Contains(' ', StringComparison.Ordinal)).Select(a => a.Words));

    /// <summary>An amount pattern usable inside larger expressions: digits, then the amounts of <c>Lexicon/Data/numbers.json</c> in order.</summary>
    public static string NumberPattern { get; } = @"\d+(?:\.\d+)?(?:\s+1/2)?|" + string.Join('|', List.Amounts.Select(AmountPattern));

    /// <summary>A unit pattern: second … century, singular or plural, with optional hyphen in adjectives.</summary>
    public const string UnitPattern = @"seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)";

    private static readonly Dictionary<string, int> Words = List.Amounts.Where(a => a.Value is not null).ToDictionary(a => a.Words, a => a.Value!.Value, StringComparer.OrdinalIgnoreCase);

    private static string AmountPattern(AmountWord a) =>
        LexiconData.Alternation([a.Words]) + (a.TakesUnit ? @"(?:[\s-](?:" + string.Join('|', Units.Select(u => u.Words)) + "))?" : string.Empty);

    /// <summary>The amount as a number of halves (so "2 1/2" is exact), or null when vague ("several").</summary>
    public static int? HalvesOf(string amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        string a = Spaces().Replace(amount.Trim(), " ");
        bool half = a.EndsWith(" 1/2", StringComparison.Ordinal);
        if (half)
        {
            a = a[..^4];
        }

        if (decimal.TryParse(a, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
        {
            return (int)(d * 2) + (half ? 1 : 0);
        }

        if (Words.TryGetValue(a, out int n))
        {
            return (n * 2) + (half ? 1 : 0);
        }

        var parts = a.Split(' ', '-');
        if (parts.Length == 2 && Words.TryGetValue(parts[0], out int tens) && Words.TryGetValue(parts[1], out int ones) && tens >= 20 && ones < 10)
        {
            return (tens + ones) * 2;
        }

        return null;
    }

    /// <summary>The TIMEX3 duration for an amount (null = vague) of a unit word.</summary>
    public static string Duration(int? halves, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string u = unit.ToUpperInvariant().TrimEnd('S');
        if (halves is null)
        {
            return u switch
            {
                "SECOND" => "PTXS",
                "MINUTE" => "PTXM",
                "HOUR" => "PTXH",
                "DAY" => "PXD",
                "WEEK" => "PXW",
                "MONTH" => "PXM",
                "QUARTER" => "PXQ",
                "YEAR" => "PXY",
                "DECADE" => "PXE",
                _ => "PXC",
            };
        }

        int h = halves.Value;
        return u switch
        {
            "SECOND" => Format("PT", h, "S", null, 0),
            "MINUTE" => Format("PT", h, "M", "S", 60),
            "HOUR" when h == 48 => "P1D",
            "HOUR" => Format("PT", h, "H", "M", 60),
            "DAY" => Format("P", h, "D", null, 0),
            "WEEK" => Format("P", h, "W", null, 0),
            "MONTH" => Format("P", h, "M", null, 0),
            "QUARTER" => Format("P", h, "Q", null, 0),
            "YEAR" => Format("P", h, "Y", "M", 12),
            "DECADE" => Format("P", h * 10, "Y", null, 0),
            _ => Format("P", h * 100, "Y", null, 0),
        };
    }

    private static string Format(string prefix, int halves, string unit, string? smaller, int perUnit)
    {
        int whole = halves / 2;
        bool half = halves % 2 == 1;
        if (!half)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}{whole}{unit}");
        }

        if (smaller is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{prefix}{whole}{unit}");
        }

        return whole == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{prefix}{perUnit / 2}{smaller}")
            : string.Create(CultureInfo.InvariantCulture, $"{prefix}{whole}{unit}{perUnit / 2}{smaller}");
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();
}

/// <summary>One amount of <c>Lexicon/Data/numbers.json</c>: its words, its value (null when vague: "several") and kind (number, article, vague).</summary>
/// <param name="TakesUnit">True when a unit may follow with a hyphen or space ("twenty-one").</param>
public sealed record AmountWord(string Words, int? Value, string Kind, bool TakesUnit = false);

internal sealed record AmountList(IReadOnlyList<AmountWord> Amounts);
