namespace TimelineApp.Data.Ingest;

/// <summary>
/// Proof that a runner holds a job: the token written into the job row when it was claimed. Every write of the run
/// (progress, renewal, its end) is conditional on the row still carrying this token, so a runner whose job was
/// cancelled, deleted or taken over after its lease ran out changes nothing.
/// </summary>
public sealed record JobLease(Guid JobId, Guid DatasetId, string Token);
