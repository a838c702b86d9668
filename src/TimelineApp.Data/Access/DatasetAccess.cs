using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Access;

/// <summary>
/// The rules, in one place and pure: who may read and who may change a dataset. <see cref="DatasetActions"/> applies
/// them on the server to every change; pages use them only to decide what to show.
/// </summary>
public static class DatasetAccess
{
    /// <summary>
    /// Admins read everything; people signed in read what is not private, and their own; anonymous people read public
    /// datasets when <paramref name="anonymousMayRead"/> (the AnonymousRead switch, or no account exists yet).
    /// </summary>
    public static bool CanRead(Actor actor, Guid? ownerId, DatasetVisibility visibility, bool anonymousMayRead)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSignedIn)
        {
            return anonymousMayRead && visibility == DatasetVisibility.Public;
        }

        return actor.Role == AccountRole.Admin || visibility != DatasetVisibility.Private || ownerId == actor.AccountId;
    }

    /// <summary>Rename, re-process, cancel, delete: admins, or editors on a dataset they may read.</summary>
    public static bool CanEdit(Actor actor, Guid? ownerId, DatasetVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSignedIn && (actor.Role == AccountRole.Admin
            || (actor.Role == AccountRole.Editor && CanRead(actor, ownerId, visibility, anonymousMayRead: false)));
    }

    /// <summary>Who sees a dataset: admins, or the editor who owns it.</summary>
    public static bool CanChangeVisibility(Actor actor, Guid? ownerId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSignedIn && (actor.Role == AccountRole.Admin || (actor.Role == AccountRole.Editor && ownerId == actor.AccountId));
    }

    public static bool CanUpload(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSignedIn && actor.Role is AccountRole.Editor or AccountRole.Admin;
    }

    public static bool CanManageAccounts(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSignedIn && actor.Role == AccountRole.Admin;
    }
}
