namespace TimelineApp.Data.Storage;

/// <summary>
/// The last permanent write fault (read-only, full) this process met, until a write succeeds again. The database may
/// well answer a health probe's SELECT while refusing every write; this is what lets <c>/health</c> and the upload
/// page say why uploads and jobs are stuck. One per process (a singleton).
/// </summary>
public sealed class StorageFaults
{
    private volatile DatabaseFault? _current;

    public DatabaseFault? Current => _current;

    public void Report(DatabaseFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!fault.IsTransient)
        {
            _current = fault;
        }
    }

    public void Clear() => _current = null;
}
