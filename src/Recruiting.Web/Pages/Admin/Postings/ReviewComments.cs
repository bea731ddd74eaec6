using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Admin.Postings;

/// <summary>A publisher's comment on a posting sent back to draft: who, when, what to change.</summary>
public sealed record SentBack(Guid PostingId, string Title, string Language, string Publisher, DateTimeOffset At, string Comment);

/// <summary>
/// The comments of postings sent back to their authors, read from the revisions the save pipeline keeps. A posting is
/// "sent back" while it is a draft whose last review step (submit or send back) was a send-back: submitting it again
/// closes the comment, which stays in the history.
/// </summary>
public sealed class ReviewComments(RecruitingDb db)
{
    private const string Submit = "submit";

    /// <summary>The comment the editor shows, when <paramref name="posting"/> is sent back now.</summary>
    public async Task<SentBack?> PendingAsync(Posting posting, CancellationToken ct) =>
        posting.Status != PostingStatus.Draft ? null : (await SentBackAmong(db.Postings.Where(p => p.Id == posting.Id)).ToListAsync(ct)).SingleOrDefault();

    /// <summary>The postings sent back to the person who last submitted them, newest first: the dashboard's list for them.</summary>
    public async Task<IReadOnlyList<SentBack>> ForAuthorAsync(string actorName, CancellationToken ct)
    {
        var mine = db.Postings.Where(p => db.Revisions.Where(r => r.PostingId == p.Id && r.Action == Submit)
            .OrderByDescending(r => r.Number).Select(r => r.Author).FirstOrDefault() == actorName);
        return (await SentBackAmong(mine).ToListAsync(ct)).OrderByDescending(s => s.At).ToList();
    }

    private IQueryable<SentBack> SentBackAmong(IQueryable<Posting> postings)
    {
        var reviewSteps = db.Revisions.Where(r => r.Action == Submit || r.Action == PostingWorkflow.SendBackAction);
        var lastSteps = reviewSteps.Where(r => r.Number == reviewSteps.Where(o => o.PostingId == r.PostingId).Max(o => o.Number));
        return from r in lastSteps
               where r.Action == PostingWorkflow.SendBackAction
               join p in postings on r.PostingId equals p.Id
               where p.Status == PostingStatus.Draft && p.TrashedAt == null
               select new SentBack(p.Id, p.Title, p.Language, r.Author, r.CreatedAt, r.Comment ?? "");
    }
}

/// <summary>The send-back form: the posting, the version reviewed, what was typed and what to fix in it.</summary>
public sealed record SendBackForm(Guid Id, int Version, string? Comment, IReadOnlyList<FieldIssue> Errors);
