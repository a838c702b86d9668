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
    /// <summary>A number word pattern usable inside larger expressions.</summary>
    public const string NumberPattern = @"\d+(?:\.\d+)?(?:\s+1/2)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred|hundreds\s+of|a\s+dozen|dozens\s+of|a\s+couple\s+of|a\s+few|several|some|few|many|recent|the\s+coming|coming";

    /// <summary>A unit pattern: second … century, singular or plural, with optional hyphen in adjectives.</summary>
    public const string UnitPattern = @"seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a hundred"] = 100, ["one hundred"] = 100, ["a dozen"] = 12, ["a couple of"] = 2,
    };

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
