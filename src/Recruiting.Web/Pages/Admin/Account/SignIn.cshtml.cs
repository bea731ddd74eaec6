using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Pages.Admin.Account;

[AllowAnonymous, AllowWithPendingPasswordChange]
[TextsFrom(typeof(AdminTexts))]
public sealed class SignInModel(SignInManager<AppUser> signIn, RecruitingDb db, ConsoleLanguage language, SignInThrottle throttle, DecoyPassword decoy) : PageModel
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

    /// <summary>
    /// Known and unknown addresses get the same answers and take the same time: one password verification each
    /// (against <see cref="DecoyPassword"/> when there is no account), the same message, the same throttling.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Form.Email.Trim();
        var client = HttpContext.Connection.RemoteIpAddress;
        if (await throttle.IsBlockedAsync(email, client, HttpContext.RequestAborted))
            return await Refuse(AuditActions.SignInFailed, email, $"too many failed sign-ins from {client}", TooManyFailuresMessage);

        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            decoy.Verify(Form.Password);
            return await FailedAsync(email, client, "unknown account");
        }
        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            await throttle.ForgetAsync(email, client, HttpContext.RequestAborted);
            AuditLog.Record(db, HttpContext.Named(email), AuditActions.SignedIn, email);
            await db.SaveChangesAsync();
            language.Remember(HttpContext, ConsoleLanguage.IsSupported(user.PreferredLanguage) ? user.PreferredLanguage : "en");
            if (user.MustChangePassword) return LocalRedirect(AdminPaths.ChangePassword);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : AdminPaths.Home);
        }
        // Told only to someone who knows the password.
        if (result.IsNotAllowed && await signIn.UserManager.CheckPasswordAsync(user, Form.Password))
            return await Refuse(AuditActions.SignInRefused, email, "account disabled", "This account is disabled. Ask an administrator to enable it.");
        return await FailedAsync(email, client, result.IsLockedOut ? "account locked out" : "wrong password");
    }

    private const string IncorrectMessage = "The email address or password is incorrect.";
    private const string TooManyFailuresMessage =
        "Too many failed sign-ins for this email address from your network. Try again in 15 minutes, or ask an administrator to reset your password.";

    private async Task<IActionResult> FailedAsync(string email, System.Net.IPAddress? client, string details) =>
        await throttle.RecordFailureAsync(email, client, HttpContext.RequestAborted)
            ? await Refuse(AuditActions.LockedOut, email, $"after {IdentityRules.MaxFailedSignIns} failed sign-ins from {client}", TooManyFailuresMessage)
            : await Refuse(AuditActions.SignInFailed, email, details, IncorrectMessage);

    private async Task<IActionResult> Refuse(string action, string email, string details, string message)
    {
        AuditLog.Record(db, HttpContext.Named(email), action, email, details);
        await db.SaveChangesAsync();
        Error = message;
        return Page();
    }
}
