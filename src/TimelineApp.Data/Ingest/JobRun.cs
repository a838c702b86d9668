namespace TimelineApp.Data.Ingest;

/// <summary>
/// What one call of the runner did: <see cref="Job"/> is the job as it stands after (null once it was deleted), and
/// <see cref="RanHere"/> says whether this call ran it (false when it was finished already or another runner holds it),
/// so a job is logged as finished by the run that finished it, once.
/// </summary>
public sealed record JobRun(JobSnapshot? Job, bool RanHere);
