namespace TimelineApp.Data.Storage;

/// <summary>Dataset names are data typed by users: trimmed, control characters removed, bounded in length.</summary>
public static class DatasetNames
{
    public const int MaxLength = 200;

    public static string Clean(string? name)
    {
        string clean = new string((name ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "Untitled dump";
        }

        return clean.Length > MaxLength ? clean[..MaxLength] : clean;
    }
}
