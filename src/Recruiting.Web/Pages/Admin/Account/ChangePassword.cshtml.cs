using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Account;

/// <summary>Changing one's own password; also where a one-time password must be replaced before anything else.</summary>
[AllowWithPendingPasswordChange]
[TextsFrom(typeof(AdminTexts))]
public sealed class ChangePasswordModel(SignInManager<AppUser> signIn, RecruitingDb db, IStringLocalizer<AdminTexts> L) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password.")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again."), Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty] public Input Form { get; set; } = new();
    public bool MustChange => User.HasClaim(AppClaimsFactory.MustChangePassword, "true");

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null) return Challenge();
        if (Form.NewPassword == Form.CurrentPassword)
        {
            ModelState.AddModelError("Form.NewPassword", L["Choose a new password that differs from the current one."]);
            return Page();
        }
        var result = await signIn.UserManager.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Form.CurrentPassword" : "Form.NewPassword", error.Description);
            return Page();
        }
        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        AuditLog.Record(db, HttpContext.Actor(), AuditActions.PasswordChanged, user.Email ?? "");
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = L["Your password has been changed."].Value;
        return LocalRedirect(AdminPaths.Home);
    }
}
