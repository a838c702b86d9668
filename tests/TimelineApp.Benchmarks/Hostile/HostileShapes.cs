using System.Globalization;
using System.Text;

namespace TimelineApp.Benchmarks.Hostile;

/// <summary>
/// The hostile dump shapes of issue 16, each made at any size so that cost can be seen to grow linearly: a run-on
/// line of one date word ("Monday ", "Jan. "), a run-on line of "and", near-identical articles (wire copy pasted a
/// thousand times) and many related-article blocks. Shared with the smoke tests, which run them tiny.
/// </summary>
internal static class HostileShapes
{
    /// <summary>Each shape with the sizes the benchmark runs (the largest is the issue's).</summary>
    public static readonly IReadOnlyList<(string Name, int[] Sizes)> All =
    [
        ("monday-line", [5_000, 20_000, 50_000]),
        ("jan-line", [5_000, 20_000, 50_000]),
        ("and-line", [10_000, 40_000, 100_000]),
        ("near-copies", [100, 300, 1_000]),
        // 4,999 related blocks and the main article are 5,000 documents, the most one upload may hold.
        ("related-blocks", [500, 1_500, 4_999]),
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Cities = ["Rotterdam", "Hamburg", "Antwerp", "Le Havre", "Gdansk", "Valencia", "Genoa", "Piraeus"];

    /// <summary>
    /// The dump of shape <paramref name="name"/> with <paramref name="size"/> units (words, articles or blocks), numbered
    /// from <paramref name="firstUnit"/>: another first unit gives the same shape in other words, for a warm-up that the
    /// recognizer's result cache cannot answer the measured run from.
    /// </summary>
    public static string Make(string name, int size, int firstUnit = 0) => name switch
    {
        "monday-line" => Line("Monday ", size),
        "jan-line" => Line("Jan. ", size),
        "and-line" => Line("and ", size),
        "near-copies" => NearCopies(firstUnit, size),
        "related-blocks" => RelatedBlocks(firstUnit, size),
        _ => throw new ArgumentException($"unknown shape '{name}': expected {string.Join(", ", All.Select(s => s.Name))}"),
    };

    // A page scrape whose one paragraph is a single line of the unit, without a full stop anywhere.
    private static string Line(string unit, int count)
    {
        var sb = new StringBuilder("Port workers end strike after agreement on wages\n", (unit.Length * count) + 64);
        for (int i = 0; i < count; i++)
        {
            sb.Append(unit);
        }

        return sb.Append('\n').ToString();
    }

    // One wire story pasted from many sources, a word and a number changed in each copy: JSON articles, about 2.9 KB each.
    private static string NearCopies(int first, int count)
    {
        var sb = new StringBuilder("[\n");
        for (int i = first; i < first + count; i++)
        {
            string body = string.Create(CultureInfo.InvariantCulture,
                $"Dock workers at the Netherlands' largest port ended a strike on Saturday after unions and employers agreed on a new wage deal covering {1_200 + i} workers. ")
                + "Union leader Anke de Vries said members would vote on the deal next week. "
                + "Shipping lines said on Sunday that they would resume normal schedules within days, and that the backlog of containers would take a month to clear. "
                + string.Concat(Enumerable.Repeat("The strike had halted most container traffic and left dozens of ships waiting at anchor off the coast, while the port authority warned of knock-on delays across Europe. ", 14));
            sb.Append(CultureInfo.InvariantCulture, $$"""  {"title": "Port workers end strike after agreement on wages", "source": "Wire {{i % 40}}", "published": "2025-07-13T{{i % 24:00}}:{{i % 60:00}}:00Z", "text": "{{body}}"}""")
                .Append(i < first + count - 1 ? ",\n" : "\n");
        }

        return sb.Append(']').ToString();
    }

    // A page scrape: a main article, then many different related-article blocks (source, age, headline, body).
    private static string RelatedBlocks(int first, int count)
    {
        var sb = new StringBuilder("""
            Port workers end strike after agreement on wages
            ROTTERDAM--Dock workers at the Netherlands' largest port ended a strike on Saturday after unions and employers agreed on a new wage deal.
            Union leader Anke de Vries said members would vote on the deal next week.

            """);
        for (int i = first; i < first + count; i++)
        {
            string city = Cities[i % Cities.Length];
            sb.Append(CultureInfo.InvariantCulture, $"""

                Harbour News {i % 50}
                {1 + (i % 23)} hours ago
                Story {i}: {city} terminal {i} reopens berth {i % 97}
                Officials in {city} said on {Weekdays[i % 7]} that berth {i % 97} of terminal {i} would reopen after {2 + (i % 9)} days of repairs costing {10 + (i % 90)} million euros.

                """);
        }

        return sb.ToString();
    }
}
