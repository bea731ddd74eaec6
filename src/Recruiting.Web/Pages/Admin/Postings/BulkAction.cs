using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>What the postings list can do to several selected postings at once.</summary>
public enum BulkAction { Publish, Archive, Unpublish, Trash, Restore, Duplicate }

/// <summary>
/// Runs a <see cref="BulkAction"/> on one posting through the one save pipeline, so each posting gets its own checks,
/// revision and audit line, and a refusal or a conflict stops only that posting.
/// </summary>
public static class BulkActions
{
    /// <summary>Postings one action may take: the confirmation page lists them all, and each is a transaction.</summary>
    public const int MaxSelection = 200;

    /// <summary>Every action but <see cref="BulkAction.Duplicate"/> changes what the public sees, which only publishers may do.</summary>
    public static bool NeedsPublisher(BulkAction action) => action != BulkAction.Duplicate;

    /// <summary><paramref name="version"/> is the version the user confirmed: a posting changed since is a conflict, left as it is.</summary>
    public static Task<WorkflowResult> RunAsync(PostingWorkflow workflow, BulkAction action, Guid id, int version, Actor actor, CancellationToken ct) =>
        action switch
        {
            BulkAction.Publish => workflow.PublishAsync(id, version, actor, ct),
            BulkAction.Archive => workflow.ArchiveAsync(id, version, actor, ct),
            BulkAction.Unpublish => workflow.UnpublishAsync(id, version, actor, ct),
            BulkAction.Trash => workflow.TrashAsync(id, version, actor, ct),
            BulkAction.Restore => workflow.RestoreFromTrashAsync(id, actor, ct),
            _ => workflow.DuplicateAsync(id, actor, ct),
        };

    /// <summary>The keys of the action's name and of what it will do, in the postings catalog.</summary>
    public static string Name(BulkAction action) => "bulk." + action.ToString().ToLowerInvariant();
    public static string Consequence(BulkAction action) => Name(action) + ".consequence";
    public static string Done(BulkAction action) => Name(action) + ".done";
}
