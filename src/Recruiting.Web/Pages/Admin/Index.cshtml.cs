using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Pages.Admin;

/// <summary>The console's home: how many postings stand where, and the way to each screen.</summary>
public sealed class IndexModel(RecruitingDb db) : PageModel
{
    public IReadOnlyDictionary<PostingStatus, int> Counts { get; private set; } = new Dictionary<PostingStatus, int>();
    public int Trashed { get; private set; }

    public async Task OnGetAsync()
    {
        var rows = await db.Postings.AsNoTracking()
            .GroupBy(p => new { p.Status, Trashed = p.TrashedAt != null })
            .Select(g => new { g.Key.Status, g.Key.Trashed, Count = g.Count() })
            .ToListAsync();
        Counts = rows.Where(r => !r.Trashed).GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Trashed = rows.Where(r => r.Trashed).Sum(r => r.Count);
    }

    public int Count(PostingStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
