using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruiting.Core.Audit;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Pages.Admin.Account;

[AllowWithPendingPasswordChange]
public sealed class SignOutModel(SignInManager<AppUser> signIn, RecruitingDb db) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        AuditLog.Record(db, HttpContext.Actor(), AuditActions.SignedOut, User.Identity?.Name ?? "");
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return LocalRedirect(AdminPaths.SignIn);
    }
}
