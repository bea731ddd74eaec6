using System.ComponentModel.DataAnnotations;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Pages.Admin.Users;

[Authorize(Policy = Roles.CanAdminister)]
[TextsFrom(typeof(AdminTexts))]
public sealed class CreateModel(UserAccounts accounts) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter the user's email address."), EmailAddress(ErrorMessage = "Enter an email address such as name@example.com.")]
        public string Email { get; set; } = "";

        public string DisplayName { get; set; } = "";
        public string Language { get; set; } = "en";
        public List<string> Roles { get; set; } = [];
    }

    [BindProperty] public Input Form { get; set; } = new();
    public string? CreatedEmail { get; private set; }
    public string? OneTimePassword { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await accounts.CreateAsync(new(Form.Email, Form.DisplayName, Form.Roles, Form.Language), HttpContext.Actor());
        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors) ModelState.AddModelError("", error);
            return Page();
        }
        Response.Headers.CacheControl = "no-store";
        CreatedEmail = outcome.User!.Email;
        OneTimePassword = outcome.OneTimePassword;
        Form = new();
        ModelState.Clear();
        return Page();
    }
}
