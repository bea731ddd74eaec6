using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Pages.Admin.Users;

[Authorize(Policy = Roles.CanAdminister)]
public sealed class IndexModel(RecruitingDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
        bool Disabled, bool LockedOut, bool MustChangePassword, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Disabled, u.LockoutEnd, u.MustChangePassword, u.CreatedAt })
            .ToListAsync();
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync())
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var now = clock.GetUtcNow();
        Users = users.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName, roles[u.Id].Order().ToList(),
            u.Disabled, u.LockoutEnd > now, u.MustChangePassword, u.CreatedAt)).ToList();
    }
}
