using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Npgsql;
using NpgsqlTypes;
using TimelineApp.Core.Entities;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Benchmarks;

/// <summary>
/// Do the indexes fit the UI's queries at scale? Generates one dataset of (by default) 1,000,000 events in
/// PostgreSQL with binary COPY (schema from the app's migrations), runs ANALYZE, then runs the queries the
/// UI needs, written as EF Core LINQ so the SQL is what EF sends: the whole-dataset load
/// (<see cref="DatasetStore.LoadAsync"/>'s events query) and one page (200 rows, by start) for a time
/// window, an actor and a country (<see cref="EventPages"/>, the store's queries) and a text search on titles and evidence. Each is run once to warm up, once
/// timed from the client (EF end to end), and once under <c>EXPLAIN (ANALYZE, BUFFERS)</c> with the same
/// parameters; prints every plan, then a summary of index use and timings.
/// Needs <c>TIMELINE_PG</c> (a connection string; the database <c>timeline_bench</c> is dropped and made anew
/// unless <c>--reuse</c> finds one of the same size).
/// </summary>
internal static partial class PostgresBenchmark
{
    private const int Actors = 2_000, Documents = 1_000, PageSize = 200;

    private static readonly string[] Subjects = ["Ministers", "Officials", "Lawmakers", "Protesters", "Regulators", "Negotiators", "Investors", "Farmers", "Doctors", "Judges", "Police", "Workers", "Students", "Diplomats", "Engineers", "Voters"];
    private static readonly string[] Verbs = ["agreed on", "rejected", "debated", "announced", "postponed", "approved", "criticised", "signed", "reviewed", "proposed", "opened", "suspended"];
    private static readonly string[] Objects = ["a river clean-up fund", "new tariffs", "a border deal", "the budget", "a rail link", "a gas pact", "flood defences", "the election timetable", "a trade summit", "a vaccine programme", "port expansion", "fishing quotas", "a tax reform", "grain exports", "a power line", "the central bank rate"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static async Task RunAsync(int events, bool reuse)
    {
        string server = Environment.GetEnvironmentVariable("TIMELINE_PG")
            ?? throw new InvalidOperationException("Set TIMELINE_PG to a PostgreSQL connection string (as .ci/run does).");
        string cs = new NpgsqlConnectionStringBuilder(server) { Database = "timeline_bench", CommandTimeout = 0 }.ConnectionString;
        var explain = new ExplainInterceptor();
        TimelineDbContext Open()
        {
            var builder = new DbContextOptionsBuilder<TimelineDbContext>();
            builder.UseTimelineDatabase(new DatabaseOptions { Provider = "Postgres", ConnectionString = cs }).AddInterceptors(explain);
            return new TimelineDbContext(builder.Options);
        }

        Guid datasetId;
        await using (var db = Open())
        {
            var existing = reuse && await db.Database.CanConnectAsync()
                ? await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.EventCount == events)
                : null;
            if (existing is null)
            {
                await db.Database.EnsureDeletedAsync();
                await DatabaseSetup.MigrateAsync(db); // the app's schema and indexes, exactly as migrations make them
                var clock = Stopwatch.StartNew();
                datasetId = await GenerateAsync(db, cs, events);
                Console.WriteLine($"generated {events:N0} events with their sources, actor and country links (binary COPY): {clock.Elapsed.TotalSeconds:0.0} s");
                clock.Restart();
                await db.Database.ExecuteSqlRawAsync("ANALYZE;");
                Console.WriteLine($"ANALYZE: {clock.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                datasetId = existing.Id;
                var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
                var clock = Stopwatch.StartNew();
                await DatabaseSetup.MigrateAsync(db);
                Console.WriteLine($"reusing the generated dataset of {events:N0} events");
                if (pending.Count > 0)
                {
                    // A dataset made by an older schema: its migrations (backfills included) are part of what is measured.
                    Console.WriteLine($"applied {string.Join(", ", pending)}: {clock.Elapsed.TotalSeconds:0.0} s");
                    clock.Restart();
                    await db.Database.ExecuteSqlRawAsync("ANALYZE;");
                    Console.WriteLine($"ANALYZE: {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }

            string size = await db.Database.SqlQueryRaw<string>("""SELECT pg_size_pretty(pg_database_size(current_database())) AS "Value" """).SingleAsync();
            Console.WriteLine($"database size: {size}; PostgreSQL {await db.Database.SqlQueryRaw<string>("""SELECT current_setting('server_version') AS "Value" """).SingleAsync()}");
        }

        // A window of 31 days in the middle of the ten generated years; the busiest and the median actor and
        // country (the planner chooses differently for them); a rare and a common word.
        var from = Instant.FromUtc(2020, 3, 1, 0, 0);
        var to = from + Duration.FromDays(31);
        List<long> actorsByCount;
        List<string> countriesByCount;
        await using (var db = Open())
        {
            actorsByCount = await db.EventActors.GroupBy(a => a.ActorId).OrderByDescending(g => g.Count()).Select(g => g.Key).ToListAsync();
            countriesByCount = await db.EventCountries.GroupBy(c => c.CountryCode).OrderByDescending(g => g.Count()).Select(g => g.Key).ToListAsync();
        }

        long actorId = actorsByCount[0], medianActor = actorsByCount[actorsByCount.Count / 2];
        string country = countriesByCount[0], medianCountry = countriesByCount[countriesByCount.Count / 2];

        var queries = new (string Name, Func<TimelineDbContext, Task<int>> Run)[]
        {
            ("load the whole dataset (LoadAsync's events query)", db => db.Events.AsNoTracking().Where(e => e.DatasetId == datasetId).OrderBy(e => e.Start).ThenBy(e => e.Key).ToListAsync().ContinueWith(t => t.Result.Count, TaskScheduler.Default)),
            ("time window of 31 days, first page", db => Page(db, datasetId, e => e.Start < to && e.End > from)),
            ("time window of 31 days, count", db => db.Events.Where(e => e.DatasetId == datasetId && e.Start < to && e.End > from).CountAsync()),
            ($"actor (the busiest, id {actorId}), first page", db => Take(EventPages.ForActor(db, datasetId, actorId))),
            ($"actor (the median, id {medianActor}), first page", db => Take(EventPages.ForActor(db, datasetId, medianActor))),
            ($"country (the busiest, {country}), first page", db => Take(EventPages.ForCountry(db, datasetId, country))),
            ($"country (the median, {medianCountry}), first page", db => Take(EventPages.ForCountry(db, datasetId, medianCountry))),
            ("text 'ceasefire' in title or evidence (rare), first page", db => Page(db, datasetId, e => EF.Functions.ILike(e.Title, "%ceasefire%") || EF.Functions.ILike(e.Evidence, "%ceasefire%"))),
            ("text 'ceasefire', count", db => db.Events.Where(e => e.DatasetId == datasetId && (EF.Functions.ILike(e.Title, "%ceasefire%") || EF.Functions.ILike(e.Evidence, "%ceasefire%"))).CountAsync()),
            ("text 'budget' in title or evidence (common), first page", db => Page(db, datasetId, e => EF.Functions.ILike(e.Title, "%budget%") || EF.Functions.ILike(e.Evidence, "%budget%"))),
        };

        var summary = new List<string>
        {
            "| query | rows | indexes used | seq scans | planning ms | execution ms | client ms (EF) | buffers (top node) |",
            "|---|---:|---|---|---:|---:|---:|---|",
        };
        foreach (var (name, run) in queries)
        {
            await using var db = Open();
            await run(db); // warm-up
            var clock = Stopwatch.StartNew();
            int rows = await run(db);
            double clientMs = clock.Elapsed.TotalMilliseconds;
            explain.Plans = [];
            await run(db);
            string plan = string.Join("\n\n", explain.Plans);
            explain.Plans = null;

            Console.WriteLine($"\n=== {name}\n{plan}");
            summary.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {Joined(IndexUse().Matches(plan))} | {Joined(SeqScan().Matches(plan))} | {Sum(PlanningTime().Matches(plan)):0.0} | {Sum(ExecutionTime().Matches(plan)):0.0} | {clientMs:0.0} | {Buffers().Match(plan).Groups[1].Value} |"));
        }

        Console.WriteLine();
        summary.ForEach(Console.WriteLine);
    }

    // One page as a list or an axis would fetch it: by start, then key (the store's order), PageSize rows.
    private static Task<int> Page(TimelineDbContext db, Guid datasetId, System.Linq.Expressions.Expression<Func<EventRecord, bool>> filter) =>
        db.Events.AsNoTracking().Where(e => e.DatasetId == datasetId).Where(filter)
            .OrderBy(e => e.Start).ThenBy(e => e.Key).Take(PageSize).ToListAsync().ContinueWith(t => t.Result.Count, TaskScheduler.Default);

    // One page of the app's own query for an actor or a country (EventPages: the link index range in time order).
    private static Task<int> Take(IQueryable<EventRecord> events) =>
        events.AsNoTracking().Take(PageSize).ToListAsync().ContinueWith(t => t.Result.Count, TaskScheduler.Default);

    private static string Joined(MatchCollection matches)
    {
        var names = matches.Select(m => m.Groups[1].Value.Trim('"')).Distinct().ToList();
        return names.Count == 0 ? "—" : string.Join(", ", names);
    }

    private static double Sum(MatchCollection matches) => matches.Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    /// <summary>Writes the dataset: a few rows through EF, the million-row tables through binary COPY in one transaction.</summary>
    private static async Task<Guid> GenerateAsync(TimelineDbContext db, string cs, int events)
    {
        var random = new Random(20250714);
        var capture = Instant.FromUtc(2025, 7, 14, 15, 0);
        var countries = CountryCatalog.Default.Entries.Take(150).ToList();
        var dataset = new DatasetRecord
        {
            Id = Guid.NewGuid(),
            Name = $"generated {events:N0} events",
            CapturedAt = capture,
            ZoneId = "UTC",
            Status = DatasetStatus.Ready,
            CreatedAt = capture,
            CompletedAt = capture,
            DumpHash = new string('0', 64),
            Format = "JsonArticles",
            DocumentCount = Documents,
            EventCount = events,
            ActorCount = Actors,
            CountryCount = countries.Count,
        };
        dataset.StoryId = dataset.Id;
        db.Stories.Add(new StoryRecord { Id = dataset.Id, Name = dataset.Name, CreatedAt = capture });
        db.Datasets.Add(dataset);
        db.Dumps.Add(new DumpRecord { Hash = dataset.DumpHash, Content = Encoding.UTF8.GetBytes("generated"), Size = 9, StoredAt = capture });
        db.DatasetCountries.AddRange(countries.Select(c => new DatasetCountryRecord { DatasetId = dataset.Id, Code = c.Code, Name = c.Name }));
        db.Documents.AddRange(Enumerable.Range(0, Documents).Select(i => new DocumentRecord
        {
            DatasetId = dataset.Id,
            Index = i,
            Source = $"Source {i % 40}",
            Title = $"Headline {i}",
            Body = "Body.",
            PublishedAt = capture - Duration.FromHours(i),
            PublishedBasis = TimelineApp.Core.Documents.PublicationBasis.RelativeToCapture,
            PublishedEvidence = $"{i} hours ago",
        }));
        await db.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(cs);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using (var actors = await connection.BeginBinaryImportAsync("""COPY "Actors" ("Id", "DatasetId", "Key", "Name", "Kind", "Role", "CountryCode", "Aliases") FROM STDIN (FORMAT BINARY)"""))
        {
            for (int a = 1; a <= Actors; a++)
            {
                await actors.StartRowAsync();
                await actors.WriteAsync((long)a, NpgsqlDbType.Bigint);
                await actors.WriteAsync(dataset.Id, NpgsqlDbType.Uuid);
                await actors.WriteAsync($"actor-{a}", NpgsqlDbType.Text);
                await actors.WriteAsync($"Person {a}", NpgsqlDbType.Text);
                await actors.WriteAsync(nameof(ActorKind.Person), NpgsqlDbType.Varchar);
                await actors.WriteAsync("Minister", NpgsqlDbType.Text);
                await actors.WriteAsync(countries[a % countries.Count].Code, NpgsqlDbType.Varchar);
                await actors.WriteAsync(string.Empty, NpgsqlDbType.Text);
            }

            await actors.CompleteAsync();
        }

        // Events and their sources, actor and country links are written in one pass, as four parallel COPY streams
        // are not possible on one connection: generate the links first into memory-light arrays.
        var starts = new LocalDate[events];
        var start = new LocalDate(2015, 1, 1);
        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "Events" ("Id", "DatasetId", "Key", "Start", "End", "FirstDay", "LastDay", "Precision", "IsVague", "TimexValue", "Title", "Evidence", "Locations") FROM STDIN (FORMAT BINARY)"""))
        {
            for (int i = 0; i < events; i++)
            {
                var first = start.PlusDays(random.Next(0, 3_800));
                starts[i] = first;
                int kind = i % 10;
                var last = kind switch { 7 => first.PlusDays(6), 8 => first.PlusDays(29), 9 => first.PlusDays(364), _ => first };
                string place = countries[random.Next(countries.Count)].Name;
                string title = $"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} {Objects[random.Next(Objects.Length)]} in {place}" + (i % 2_000 == 0 ? " after ceasefire talks" : string.Empty);
                string evidence = $"{Subjects[random.Next(Subjects.Length)]} said on {Weekdays[random.Next(7)]} that {Objects[random.Next(Objects.Length)]} would be discussed again (item {i}).";
                await writer.StartRowAsync();
                await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(dataset.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"e{i}", NpgsqlDbType.Text);
                await writer.WriteAsync(first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint);
                await writer.WriteAsync(last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint);
                await writer.WriteAsync(first.ToDateOnly(), NpgsqlDbType.Date);
                await writer.WriteAsync(last.ToDateOnly(), NpgsqlDbType.Date);
                await writer.WriteAsync(kind switch { < 7 => "Day", 7 => "Week", 8 => "Month", _ => "Year" }, NpgsqlDbType.Varchar);
                await writer.WriteAsync(i % 23 == 0, NpgsqlDbType.Boolean);
                await writer.WriteAsync(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                await writer.WriteAsync(title, NpgsqlDbType.Text);
                await writer.WriteAsync(evidence, NpgsqlDbType.Text);
                await writer.WriteAsync(string.Empty, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "EventSources" ("Id", "EventId", "DocumentIndex", "Sentence", "PhraseStart", "PhraseEnd", "Phrase", "Explanation") FROM STDIN (FORMAT BINARY)"""))
        {
            for (int i = 0; i < events; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await writer.WriteAsync(i % Documents, NpgsqlDbType.Integer);
                await writer.WriteAsync($"Officials met on {Weekdays[(int)starts[i].DayOfWeek % 7]} to discuss item {i}.", NpgsqlDbType.Text);
                await writer.WriteAsync(17, NpgsqlDbType.Integer);
                await writer.WriteAsync(23, NpgsqlDbType.Integer);
                await writer.WriteAsync(Weekdays[(int)starts[i].DayOfWeek % 7], NpgsqlDbType.Text);
                await writer.WriteAsync("generated", NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        // The link rows carry their event's dataset and start, as DatasetStore.SaveResultAsync writes them.
        long StartMs(int i) => starts[i].AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeMilliseconds();
        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "EventActors" ("EventId", "ActorId", "DatasetId", "Start") FROM STDIN (FORMAT BINARY)"""))
        {
            for (int i = 0; i < events; i++)
            {
                // Two distinct actors per event; actor ids are skewed (a few busy ones, a long tail) as in news.
                long a1 = 1 + (long)(Actors * Math.Pow(random.NextDouble(), 2));
                long a2 = 1 + ((a1 + 1 + random.Next(Actors - 1)) % Actors);
                foreach (long actor in new[] { Math.Min(a1, Actors), a2 }.Distinct())
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(actor, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(dataset.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(StartMs(i), NpgsqlDbType.Bigint);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync("""COPY "EventCountries" ("EventId", "CountryCode", "DatasetId", "Start") FROM STDIN (FORMAT BINARY)"""))
        {
            for (int i = 0; i < events; i++)
            {
                int c1 = (int)(countries.Count * Math.Pow(random.NextDouble(), 2));
                var codes = i % 5 == 0 ? new[] { countries[c1].Code, countries[random.Next(countries.Count)].Code } : [countries[c1].Code];
                foreach (string code in codes.Distinct())
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                    await writer.WriteAsync(code, NpgsqlDbType.Varchar);
                    await writer.WriteAsync(dataset.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(StartMs(i), NpgsqlDbType.Bigint);
                }
            }

            await writer.CompleteAsync();
        }

        // Identity columns were given explicit ids: move their sequences past them, as the app will insert more.
        await using (var sequences = new NpgsqlCommand(
            """
            SELECT setval(pg_get_serial_sequence('"Events"', 'Id'), (SELECT max("Id") FROM "Events"));
            SELECT setval(pg_get_serial_sequence('"EventSources"', 'Id'), (SELECT max("Id") FROM "EventSources"));
            SELECT setval(pg_get_serial_sequence('"Actors"', 'Id'), (SELECT max("Id") FROM "Actors"));
            """,
            connection,
            tx))
        {
            await sequences.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        return dataset.Id;
    }

    [GeneratedRegex(@"(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\S+)")]
    private static partial Regex IndexUse();

    [GeneratedRegex(@"Seq Scan on (\S+)")]
    private static partial Regex SeqScan();

    [GeneratedRegex(@"Planning Time: ([\d.]+) ms")]
    private static partial Regex PlanningTime();

    [GeneratedRegex(@"Execution Time: ([\d.]+) ms")]
    private static partial Regex ExecutionTime();

    [GeneratedRegex(@"Buffers: ([^\n]+)")]
    private static partial Regex Buffers();

    /// <summary>When <see cref="Plans"/> is set, runs every query EF sends under EXPLAIN (ANALYZE, BUFFERS) first, with the same parameters.</summary>
    private sealed class ExplainInterceptor : DbCommandInterceptor
    {
        public List<string>? Plans { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Plans is { } plans && command is NpgsqlCommand npgsql)
            {
                await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + npgsql.CommandText, npgsql.Connection, npgsql.Transaction);
                foreach (NpgsqlParameter parameter in npgsql.Parameters)
                {
                    explain.Parameters.Add(parameter.Clone());
                }

                var lines = new List<string>();
                await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        lines.Add(reader.GetString(0));
                    }
                }

                plans.Add(string.Join('\n', lines));
            }

            return result;
        }
    }
}
