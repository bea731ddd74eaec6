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
    private const string Submit = "submit", Create = "create", Save = "save";

    /// <summary>The comment the editor shows, when <paramref name="posting"/> is sent back now.</summary>
    public async Task<SentBack?> PendingAsync(Posting posting, CancellationToken ct) =>
        posting.Status != PostingStatus.Draft ? null : (await SentBackAmong(db.Postings.Where(p => p.Id == posting.Id)).ToListAsync(ct)).SingleOrDefault();

    /// <summary>
    /// The postings sent back to <paramref name="actorName"/> as their author, newest first: the dashboard's list for them.
    /// A posting's author is who last wrote its draft (created or saved it) before it was last submitted, not who clicked
    /// Submit (a publisher may submit someone's draft) nor a publisher who touched it up in review; a posting nobody wrote
    /// in the console (imported) has the person who submitted it as its author.
    /// </summary>
    public async Task<IReadOnlyList<SentBack>> ForAuthorAsync(string actorName, CancellationToken ct)
    {
        var mine = db.Postings.Where(p =>
            (db.Revisions.Where(r => r.PostingId == p.Id && (r.Action == Create || r.Action == Save)
                    && r.Number < db.Revisions.Where(s => s.PostingId == p.Id && s.Action == Submit).Max(s => (int?)s.Number))
                .OrderByDescending(r => r.Number).Select(r => r.Author).FirstOrDefault()
             ?? db.Revisions.Where(r => r.PostingId == p.Id && r.Action == Submit).OrderByDescending(r => r.Number).Select(r => r.Author).FirstOrDefault())
            == actorName);
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

/// <summary>
/// What the editor's review part shows, read by the editor's page model: to a publisher, the send-back form of a posting in
/// review; otherwise the comment of a posting sent back, with who sent it (<paramref name="Who"/>) and when, in the user's time zone.
/// </summary>
public sealed record ReviewPanel(Posting Posting, bool CanSendBack, SentBack? SentBack, ActorDisplay Who, TimeZoneInfo Zone)
{
    public static async Task<ReviewPanel> LoadAsync(Posting posting, Actor actor, ReviewComments reviews, ActorNames actors, TimeZoneInfo zone,
        CancellationToken ct)
    {
        if (posting.Status == PostingStatus.InReview && !posting.IsTrashed && actor.CanPublish)
            return new(posting, true, null, new(new Dictionary<string, string>()), zone);
        var sentBack = await reviews.PendingAsync(posting, ct);
        var who = sentBack is null ? new ActorDisplay(new Dictionary<string, string>()) : await actors.LoadAsync([sentBack.Publisher], ct);
        return new(posting, false, sentBack, who, zone);
    }
}

/// <summary>The send-back form: the posting, the version reviewed, what was typed and what to fix in it.</summary>
public sealed record SendBackForm(Guid Id, int Version, string? Comment, IReadOnlyList<FieldIssue> Errors);
