using Microsoft.AspNetCore.Identity;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Users;

/// <summary>One user: name, language and roles; disable or enable; reset the password to a new one-time password.</summary>
[Authorize(Policy = Roles.CanAdminister)]
public sealed class EditModel(UserManager<AppUser> users, UserAccounts accounts, IStringLocalizer<AdminTexts> L, TimeProvider clock) : PageModel
{
    public sealed class Input
    {
        public string DisplayName { get; set; } = "";
        public string Language { get; set; } = "en";
        public List<string> Roles { get; set; } = [];
    }

    [BindProperty] public Input Form { get; set; } = new();
    public AppUser Account { get; private set; } = null!;
    public bool LockedOut { get; private set; }
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await FillFormAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return await DoneAsync(await accounts.ChangeAsync(Account, Form.DisplayName, Form.Language, Form.Roles, HttpContext.Actor()), L["The user has been saved."], keepForm: true);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return await DoneAsync(await accounts.SetDisabledAsync(Account, true, HttpContext.Actor()), L["The user has been disabled and signed out."]);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return await DoneAsync(await accounts.SetDisabledAsync(Account, false, HttpContext.Actor()), L["The user has been enabled."]);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var outcome = await accounts.ResetPasswordAsync(Account, HttpContext.Actor());
        if (!outcome.Succeeded) return await FailedAsync(outcome, keepForm: false);
        Response.Headers.CacheControl = "no-store";
        OneTimePassword = outcome.OneTimePassword;
        await FillFormAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return false;
        Account = user;
        LockedOut = user.LockoutEnd > clock.GetUtcNow();
        return true;
    }

    private async Task FillFormAsync() =>
        Form = new Input { DisplayName = Account.DisplayName, Language = Account.PreferredLanguage, Roles = [.. await users.GetRolesAsync(Account)] };

    private async Task<IActionResult> DoneAsync(UserAccounts.Outcome outcome, LocalizedString message, bool keepForm = false)
    {
        if (!outcome.Succeeded) return await FailedAsync(outcome, keepForm);
        TempData["Status"] = message.Value;
        return RedirectToPage(new { id = Account.Id });
    }

    /// <summary>The errors on the page; the details form keeps what was typed, or shows the stored values after the other buttons.</summary>
    private async Task<PageResult> FailedAsync(UserAccounts.Outcome outcome, bool keepForm)
    {
        foreach (var error in outcome.Errors) ModelState.AddModelError("", error);
        if (!keepForm) await FillFormAsync();
        return Page();
    }
}
