namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// Precision and recall of people and countries per dump, written to the test output; both must reach 90%.
/// "may" items count neither for nor against.
/// </summary>
public sealed class ScoreTests
{
    public const double Minimum = 0.9;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string f in DumpRun.ExpectedFiles(DumpRun.SeedsFolder).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder)))
        {
            data.Add(f);
        }

        if (data.Count == 0)
        {
            data.Add(DumpCases.Missing);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void PeopleAndCountriesReachNinetyPercent(string file)
    {
        Assert.SkipWhen(file == DumpCases.Missing, "No dumps found.");
        var (expected, result) = DumpRun.Run(file);
        var people = DumpChecks.People(result, expected.Actors);
        var countries = DumpChecks.Countries(result, expected.Countries);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Path.GetFileName(file)} people {people}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{Path.GetFileName(file)} countries {countries}");
        var affiliation = expected.Actors.Affiliation ?? new Dictionary<string, string>();
        var wrong = affiliation.Where(kv => result.Actors.FirstOrDefault(a => a.Name == kv.Key)?.CountryCode != kv.Value).Select(kv => kv.Key).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"{Path.GetFileName(file)} affiliations {affiliation.Count - wrong.Count}/{affiliation.Count} wrong [{string.Join(", ", wrong)}]");
        Assert.True(people.Precision >= Minimum && people.Recall >= Minimum, $"people {people}");
        Assert.True(countries.Precision >= Minimum && countries.Recall >= Minimum, $"countries {countries}");
    }
}
