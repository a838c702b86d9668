using TimelineApp.Data.Storage;

namespace TimelineApp.Cli;

/// <summary>
/// Finds a story named on the command line: by its id, or by its name (any case). Two stories of one name are an error
/// that lists their ids, never a guess.
/// </summary>
internal static class StoryLookup
{
    /// <summary>The story, or null when none has that id or name.</summary>
    public static DatasetSummary? Find(IReadOnlyList<DatasetSummary> stories, string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        if (Guid.TryParse(nameOrId, out var id) && stories.FirstOrDefault(s => s.Id == id) is { } byId)
        {
            return byId;
        }

        var named = stories.Where(s => string.Equals(s.Name, nameOrId.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => throw new CliInputException($"{named.Count} stories are named '{nameOrId}': name one by its id ({string.Join(", ", named.Select(s => s.Id.ToString("N")))})"),
        };
    }
}
