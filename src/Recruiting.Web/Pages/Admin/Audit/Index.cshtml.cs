using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Pages.Admin.Audit;

/// <summary>The append-only audit log, newest first, filtered by who (actor) and what (action).</summary>
[Authorize(Policy = Roles.CanAdminister)]
public sealed class IndexModel(RecruitingDb db, ActorNames actors) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public ActorDisplay Who { get; private set; } = new(new Dictionary<string, string>());
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            // Rows store the e-mail address; the page shows names, so a name finds that user's rows too.
            var who = Actor.Trim();
            var emails = await actors.EmailsOfAsync(who, ct);
            query = query.Where(e => e.Actor == who || emails.Contains(e.Actor));
        }
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action == Action);
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        Actions = await db.AuditLog.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync();
        Who = await actors.LoadAsync(Entries.Select(e => e.Actor), ct);
    }

    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["p"] = page.ToString() };
        if (!string.IsNullOrWhiteSpace(Actor)) route["actor"] = Actor;
        if (!string.IsNullOrWhiteSpace(Action)) route["action"] = Action;
        return route;
    }
}
