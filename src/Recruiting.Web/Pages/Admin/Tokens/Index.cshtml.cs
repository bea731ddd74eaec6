using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Recruiting.Web.Admin;
using Recruiting.Web.Api.Tokens;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;
using Recruiting.Web.Api;

namespace Recruiting.Web.Pages.Admin.Tokens;

/// <summary>The signed-in user's personal API tokens: create one (its secret shown once, on this response only) or revoke one.</summary>
[TextsFrom(typeof(ApiTexts))]
public sealed class IndexModel(ApiTokenService tokens, IStringLocalizer<ApiTexts> L) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Enter a name that says where the token is used."), StringLength(ApiTokenService.MaxNameLength, ErrorMessage = "Use at most 100 characters.")]
        public string Name { get; set; } = "";
    }

    [BindProperty] public Input Form { get; set; } = new();
    public List<ApiToken> Tokens { get; private set; } = [];
    public string? NewSecret { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(UserId);

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid && await tokens.CreateAsync(UserId, Form.Name, HttpContext.Actor()) is { } created)
        {
            NewSecret = created.Secret;
            Form = new Input();
            ModelState.Clear();
        }
        Tokens = await tokens.ListAsync(UserId);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        TempData["Status"] = (await tokens.RevokeAsync(UserId, id, HttpContext.Actor())
            ? L["The token has been revoked; requests that use it are now refused."]
            : L["That token does not exist or is already revoked."]).Value;
        return RedirectToPage();
    }
}
