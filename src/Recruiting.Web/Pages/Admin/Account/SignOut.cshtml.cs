using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Audit;
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
        // A new security stamp ends the session on the server: this cookie, or a copy of it, no longer signs anyone in
        // (the stamp is checked on every request). The user's sessions on other devices end with it.
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect(AdminPaths.SignIn);
    }
}
