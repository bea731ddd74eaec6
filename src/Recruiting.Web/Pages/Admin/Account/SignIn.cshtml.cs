using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruiting.Core.Audit;
using Recruiting.Core.Identity;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Pages.Admin.Account;

[AllowAnonymous, AllowWithPendingPasswordChange]
public sealed class SignInModel(SignInManager<AppUser> signIn, RecruitingDb db, ConsoleLanguage language) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter an email address such as name@example.com.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public Input Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(AdminPaths.Home) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Form.Email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
            return await Refuse(AuditActions.SignInFailed, email, "unknown account", "The email address or password is incorrect.");

        var wasLockedOut = await signIn.UserManager.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            AuditLog.Record(db, HttpContext.Named(email), AuditActions.SignedIn, email);
            await db.SaveChangesAsync();
            language.Remember(HttpContext, ConsoleLanguage.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : "en");
            if (user.MustChangePassword) return LocalRedirect(AdminPaths.ChangePassword);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : AdminPaths.Home);
        }
        if (result.IsLockedOut)
            return wasLockedOut
                ? await Refuse(AuditActions.SignInFailed, email, "account locked out", LockedOutMessage)
                : await Refuse(AuditActions.LockedOut, email, $"after {IdentityRules.MaxFailedSignIns} failed sign-ins", LockedOutMessage);
        if (result.IsNotAllowed && await signIn.UserManager.CheckPasswordAsync(user, Form.Password))
            return await Refuse(AuditActions.SignInRefused, email, "account disabled", "This account is disabled. Ask an administrator to enable it.");
        return await Refuse(AuditActions.SignInFailed, email, "wrong password", "The email address or password is incorrect.");
    }

    private const string LockedOutMessage = "This account is locked after too many failed sign-ins. Try again in 15 minutes, or ask an administrator to reset your password.";

    private async Task<IActionResult> Refuse(string action, string email, string details, string message)
    {
        AuditLog.Record(db, HttpContext.Named(email), action, email, details);
        await db.SaveChangesAsync();
        Error = message;
        return Page();
    }
}
