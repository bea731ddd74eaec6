using Microsoft.AspNetCore.Identity;
using Recruiting.Web.Admin;

namespace Recruiting.Web.Pages.Admin.Account;

/// <summary>The EN/FR switch: sets the culture cookie (and the signed-in user's preference) and returns to the same page.</summary>
[AllowAnonymous, AllowWithPendingPasswordChange]
public sealed class LanguageModel(ConsoleLanguage languages, UserManager<AppUser> users) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        if (!ConsoleLanguage.IsSupported(language))
            return BadRequest("Choose the language 'en' (English) or 'fr' (French).");
        languages.Remember(HttpContext, language!);
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user && user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language!;
            await users.UpdateAsync(user);
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : AdminPaths.Home);
    }
}
