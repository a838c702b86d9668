using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Data.Tests.Ingest;

/// <summary>The job state machine, directly.</summary>
public sealed class JobTransitionsTests
{
    private static readonly (JobStatus From, JobStatus To)[] Legal =
    [
        (JobStatus.Queued, JobStatus.Running),
        (JobStatus.Queued, JobStatus.Cancelled),
        (JobStatus.Running, JobStatus.Running),
        (JobStatus.Running, JobStatus.Queued),
        (JobStatus.Running, JobStatus.Succeeded),
        (JobStatus.Running, JobStatus.Failed),
        (JobStatus.Running, JobStatus.Cancelled),
    ];

    public static TheoryData<JobStatus, JobStatus> LegalMoves
    {
        get
        {
            var data = new TheoryData<JobStatus, JobStatus>();
            foreach (var (from, to) in Legal)
            {
                data.Add(from, to);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void TheMovesOfTheMachine_AreAllowed(JobStatus from, JobStatus to)
    {
        Assert.True(JobTransitions.IsAllowed(from, to));
        JobTransitions.Ensure(from, to);
    }

    [Fact]
    public void EveryOtherMove_IsRefused()
    {
        var legal = Legal.ToHashSet();
        var all = Enum.GetValues<JobStatus>();
        var refused = all.SelectMany(from => all.Select(to => (from, to))).Where(m => !legal.Contains(m)).ToList();

        Assert.Equal((all.Length * all.Length) - legal.Count, refused.Count);
        Assert.All(refused, m =>
        {
            Assert.False(JobTransitions.IsAllowed(m.Item1, m.Item2));
            Assert.Throws<InvalidOperationException>(() => JobTransitions.Ensure(m.Item1, m.Item2));
        });
    }

    [Theory]
    [InlineData(JobStatus.Succeeded)]
    [InlineData(JobStatus.Failed)]
    [InlineData(JobStatus.Cancelled)]
    public void FinalStatuses_HaveNoWayOut(JobStatus final)
    {
        Assert.True(JobTransitions.IsFinal(final));
        Assert.All(Enum.GetValues<JobStatus>(), to => Assert.False(JobTransitions.IsAllowed(final, to)));
    }

    [Fact]
    public void Sources_AreWhatAStatusWriteMayStartFrom()
    {
        Assert.Equal([JobStatus.Queued, JobStatus.Running], JobTransitions.Sources(JobStatus.Cancelled));
        Assert.Equal([JobStatus.Running], JobTransitions.Sources(JobStatus.Succeeded));
        Assert.False(JobTransitions.IsFinal(JobStatus.Queued));
        Assert.False(JobTransitions.IsFinal(JobStatus.Running));
    }
}
