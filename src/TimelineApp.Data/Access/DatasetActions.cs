using Microsoft.Extensions.Logging;
using TimelineApp.Core.Documents;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Access;

/// <summary>
/// Every change of a dataset goes through here: web pages and the CLI call nothing else. Each method re-reads the
/// account (it exists, is not locked out, its role, its security stamp is the one it signed in with), checks
/// <see cref="DatasetAccess"/>, then makes the change and writes an audit entry. A refused action throws
/// <see cref="AccessDeniedException"/> before anything is written.
/// </summary>
public sealed partial class DatasetActions(AccountService accounts, DatasetStore store, IngestService ingest, AuditLog audit, ShareLinks shares, CorrectionLog corrections, AccountOptions options, ILogger<DatasetActions> log)
{
    public Task<JobSnapshot> UploadAsync(Actor actor, Stream content, string name, Capture capture, DatasetVisibility visibility, CancellationToken cancellationToken = default) =>
        UploadAsync(actor, content, name, capture, visibility, storyId: null, cancellationToken);

    /// <summary>An upload; with <paramref name="storyId"/>, a new capture of that story (which the actor must be allowed to edit).</summary>
    public async Task<JobSnapshot> UploadAsync(Actor actor, Stream content, string name, Capture capture, DatasetVisibility visibility, Guid? storyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var who = await VerifiedAsync(actor, "upload", cancellationToken).ConfigureAwait(false);
        Require(DatasetAccess.CanUpload(who), who, "upload", "Only editors and admins can upload.");
        if (storyId is { } story)
        {
            var captures = await store.CapturesOfAsync(story, cancellationToken).ConfigureAwait(false);
            if (captures.Count == 0)
            {
                throw new IngestRejectedException("That story no longer exists.");
            }

            Require(DatasetAccess.CanEdit(who, captures[0].OwnerId, captures[0].Visibility), who, "add to a story", "You cannot add captures to that story.");
        }

        var job = await ingest.SubmitAsync(content, name, capture, who.AccountId!.Value.ToString("N"),
            new DatasetGrant(who.AccountId, visibility, options.MaxDatasetsPerAccount, storyId), cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(who, "Upload", job.DatasetId, DatasetNames.Clean(name),
            storyId is null ? $"{content.Length} bytes, {visibility}" : $"{content.Length} bytes, a new capture of story {storyId:N}", cancellationToken).ConfigureAwait(false);
        return job;
    }

    public async Task<bool> RenameAsync(Actor actor, Guid datasetId, string name, CancellationToken cancellationToken = default)
    {
        var (who, dataset) = await EditableAsync(actor, datasetId, "rename", cancellationToken).ConfigureAwait(false);
        if (dataset is null || !await store.RenameAsync(datasetId, name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.WriteAsync(who, "Rename", datasetId, DatasetNames.Clean(name), $"{dataset.Name} -> {DatasetNames.Clean(name)}", cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> DeleteAsync(Actor actor, Guid datasetId, CancellationToken cancellationToken = default)
    {
        var (who, dataset) = await EditableAsync(actor, datasetId, "delete", cancellationToken).ConfigureAwait(false);
        if (dataset is null || !await ingest.DeleteDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.WriteAsync(who, "Delete", datasetId, dataset.Name, $"{dataset.EventCount} events", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Throws <see cref="IngestRejectedException"/> when the dataset is gone or already being processed.</summary>
    public async Task<JobSnapshot> ReprocessAsync(Actor actor, Guid datasetId, Capture capture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var (who, dataset) = await EditableAsync(actor, datasetId, "re-process", cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            throw new IngestRejectedException("That dataset no longer exists.");
        }

        var job = await ingest.ReprocessAsync(datasetId, capture, who.AccountId!.Value.ToString("N"), cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(who, "Reprocess", datasetId, dataset.Name, $"captured {capture.At} in {capture.Zone.Id}", cancellationToken).ConfigureAwait(false);
        return job;
    }

    /// <summary>Cancels the dataset's unfinished job; false when there was none.</summary>
    public async Task<bool> CancelAsync(Actor actor, Guid datasetId, CancellationToken cancellationToken = default)
    {
        var (who, dataset) = await EditableAsync(actor, datasetId, "cancel", cancellationToken).ConfigureAwait(false);
        var job = dataset is null ? null : await ingest.LatestForDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (job is not { IsFinal: false } || !await ingest.CancelAsync(job.Id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.WriteAsync(who, "Cancel", datasetId, dataset!.Name, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> SetVisibilityAsync(Actor actor, Guid datasetId, DatasetVisibility visibility, CancellationToken cancellationToken = default)
    {
        var who = await VerifiedAsync(actor, "change visibility", cancellationToken).ConfigureAwait(false);
        var dataset = await store.FindAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return false;
        }

        Require(DatasetAccess.CanChangeVisibility(who, dataset.OwnerId), who, "change visibility", "Only the dataset's owner or an admin can change who sees it.");
        if (!await store.SetVisibilityAsync(datasetId, visibility, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await audit.WriteAsync(who, "Visibility", datasetId, dataset.Name, $"{dataset.Visibility} -> {visibility}", cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A read-only link to one view of a ready dataset; returns its secret (shown once). A link lets anyone who has it read
    /// the view, so only those who decide who sees the dataset (its owner, admins) may make one.
    /// </summary>
    /// <param name="actor">Who asks.</param>
    /// <param name="datasetId">The dataset.</param>
    /// <param name="view">The timeline's query string without the dataset (filters, lanes, window, open event).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<string?> ShareAsync(Actor actor, Guid datasetId, string view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var who = await VerifiedAsync(actor, "share", cancellationToken).ConfigureAwait(false);
        var dataset = await store.FindAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is not { Status: DatasetStatus.Ready })
        {
            return null;
        }

        Require(DatasetAccess.CanChangeVisibility(who, dataset.OwnerId), who, "share", "Only the dataset's owner or an admin can make a share link.");
        if (view.Length > ShareLinks.MaxViewLength)
        {
            throw new ArgumentException("That view is too long to share.", nameof(view));
        }

        return await shares.CreateAsync(who, new DatasetSummaryName(dataset.Id, dataset.Name), view, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops a share link working; false when it was already revoked or is gone.</summary>
    public async Task<bool> RevokeShareAsync(Actor actor, Guid linkId, CancellationToken cancellationToken = default)
    {
        var who = await VerifiedAsync(actor, "revoke a share link", cancellationToken).ConfigureAwait(false);
        var link = await shares.FindAsync(linkId, cancellationToken).ConfigureAwait(false);
        var dataset = link is null ? null : await store.FindAsync(link.DatasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return false;
        }

        Require(DatasetAccess.CanChangeVisibility(who, dataset.OwnerId), who, "revoke a share link", "Only the dataset's owner or an admin can revoke its share links.");
        return await shares.RevokeAsync(who, linkId, dataset.Name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a correction of a story (editors and admins who may edit it); it applies from the next time the story's
    /// timeline is read. <paramref name="payload"/> is the correction as JSON, keyed to what it corrects.
    /// </summary>
    public async Task<CorrectionEntry> CorrectAsync(Actor actor, Guid storyId, string kind, string payload, string summary, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        var (who, story) = await EditableStoryAsync(actor, storyId, "correct", cancellationToken).ConfigureAwait(false);
        return await corrections.AddAsync(who, story.Id, story.Name, kind, payload, summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Undoes a correction (it stays listed, as undone); false when it was already undone or is gone.</summary>
    public async Task<bool> UndoCorrectionAsync(Actor actor, long correctionId, CancellationToken cancellationToken = default)
    {
        var entry = await corrections.FindAsync(correctionId, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            await VerifiedAsync(actor, "undo a correction", cancellationToken).ConfigureAwait(false);
            return false;
        }

        var (who, story) = await EditableStoryAsync(actor, entry.StoryId, "undo a correction", cancellationToken).ConfigureAwait(false);
        return await corrections.UndoAsync(who, correctionId, story.Name, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(Actor Who, DatasetSummary Story)> EditableStoryAsync(Actor actor, Guid storyId, string what, CancellationToken cancellationToken)
    {
        var who = await VerifiedAsync(actor, what, cancellationToken).ConfigureAwait(false);
        Require(who.Role is AccountRole.Editor or AccountRole.Admin, who, what, $"Your role cannot {what}.");
        var story = await store.FindStoryAsync(storyId, cancellationToken).ConfigureAwait(false)
            ?? throw new IngestRejectedException("That story no longer exists.");
        Require(DatasetAccess.CanEdit(who, story.OwnerId, story.Visibility), who, what, $"You cannot {what} in that story.");
        return (who, story);
    }

    private async Task<(Actor Who, DatasetSummary? Dataset)> EditableAsync(Actor actor, Guid datasetId, string what, CancellationToken cancellationToken)
    {
        var who = await VerifiedAsync(actor, what, cancellationToken).ConfigureAwait(false);
        Require(who.Role is AccountRole.Editor or AccountRole.Admin, who, what, $"Your role cannot {what} datasets.");
        var dataset = await store.FindAsync(datasetId, cancellationToken).ConfigureAwait(false);
        if (dataset is not null)
        {
            Require(DatasetAccess.CanEdit(who, dataset.OwnerId, dataset.Visibility), who, what, $"You cannot {what} that dataset.");
        }

        return (who, dataset);
    }

    private async Task<Actor> VerifiedAsync(Actor actor, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var who = await accounts.VerifyAsync(actor, cancellationToken).ConfigureAwait(false);
        if (who is null)
        {
            Refused(actor, what);
            throw new AccessDeniedException(actor.IsSignedIn
                ? "Your sign-in is no longer valid (signed out everywhere, locked out or removed). Sign in again."
                : "Sign in first.");
        }

        return who;
    }

    private void Require(bool allowed, Actor who, string what, string message)
    {
        if (!allowed)
        {
            Refused(who, what);
            throw new AccessDeniedException(message);
        }
    }

    private void Refused(Actor who, string what) => LogRefused(log, who.Name, who.Role, who.Via, what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused: {Actor} ({Role}, via {Via}) may not {Action}")]
    private static partial void LogRefused(ILogger logger, string actor, AccountRole? role, string via, string action);
}
