using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;
using Recruiting.Web.Admin.Postings;

namespace Recruiting.Web.Pages.Admin;

/// <summary>The console's home: how many postings stand where, and the way to each screen.</summary>
public sealed class IndexModel(RecruitingDb db, PostingListReader list, ReviewComments reviews) : PageModel
{
    public IReadOnlyDictionary<PostingStatus, int> Counts { get; private set; } = new Dictionary<PostingStatus, int>();
    public int Trashed { get; private set; }
    /// <summary>Postings (not trashed) whose draft's closing date has passed: the list's "Closing date passed" filter.</summary>
    public int Expired { get; private set; }
    /// <summary>The postings a publisher sent back to this user, with the comment.</summary>
    public IReadOnlyList<SentBack> SentBackToMe { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Postings.AsNoTracking()
            .GroupBy(p => new { p.Status, Trashed = p.TrashedAt != null })
            .Select(g => new { g.Key.Status, g.Key.Trashed, Count = g.Count() })
            .ToListAsync();
        Counts = rows.Where(r => !r.Trashed).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Trashed = rows.Where(r => r.Trashed).Sum(r => r.Count);
        Expired = await list.CountAsync(new PostingListCriteria { Closing = ClosingFilter.Expired });
        SentBackToMe = await reviews.ForAuthorAsync(HttpContext.Actor().Name, HttpContext.RequestAborted);
    }

    public int Count(PostingStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
