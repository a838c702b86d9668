namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>The shared seed dumps (../shared/seeds beside the repository) against their expected files.</summary>
public sealed class SeedDumpTests
{
    public static TheoryData<string, string, int> Cases => DumpCases.For(DumpRun.SeedsFolder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void SeedMeetsExpectation(string file, string kind, int index) => DumpCases.Check(file, kind, index);
}

/// <summary>Our own dumps (TestData/dumps) against their expected files.</summary>
public sealed class OwnDumpTests
{
    public static TheoryData<string, string, int> Cases => DumpCases.For(DumpRun.OwnDumpsFolder);

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMeetsExpectation(string file, string kind, int index) => DumpCases.Check(file, kind, index);
}
