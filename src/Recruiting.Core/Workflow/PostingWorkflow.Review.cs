using Recruiting.Core.Content;

namespace Recruiting.Core.Workflow;

public sealed partial class PostingWorkflow
{
    /// <summary>The revision action of sending a posting back; its revision keeps the publisher's comment.</summary>
    public const string SendBackAction = "send-back";

    /// <summary>
    /// A publisher sends a posting in review back to draft, with a comment for its author saying what to change. The
    /// comment is required; the revision keeps it, and the author sees it in the editor, the history and the dashboard.
    /// </summary>
    public async Task<WorkflowResult> SendBackAsync(Guid id, int? expectedVersion, string? comment, Actor actor, CancellationToken ct = default)
    {
        var text = comment?.Trim() ?? "";
        if (actor.CanPublish && ReviewCommentIssue(text) is { } issue) return WorkflowResult.Invalid([issue], []);
        return await TransitionAsync(id, expectedVersion, actor, needsPublisher: true, SendBackAction, p =>
        {
            if (p.Status != PostingStatus.InReview) return Step.Refuse("send-back-not-in-review", "Only a posting in review can be sent back to its author.");
            p.Status = PostingStatus.Draft;
            return Step.Commented(text);
        }, ct);
    }

    private static FieldIssue? ReviewCommentIssue(string comment)
    {
        if (comment.Length == 0)
            return new FieldIssue("Comment", "required", "Write a comment that tells the author what to change.");
        if (comment.Length > PostingLimits.ReviewComment)
            return new FieldIssue("Comment", "too-long", $"The comment is longer than {PostingLimits.ReviewComment} characters; shorten it.")
                { Args = [$"{PostingLimits.ReviewComment}"] };
        if (XmlChars.FirstInvalid(comment) is var at and >= 0)
            return new FieldIssue("Comment", "invalid-character", $"The comment holds the character '{XmlChars.Name(comment[at])}'; remove it.")
                { Args = [XmlChars.Name(comment[at])] };
        return null;
    }
}
