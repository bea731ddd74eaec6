using Recruiting.Core.Delivery;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;
using Recruiting.Web.Webhooks;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Webhooks;

/// <summary>Administrators list, add, enable, disable and delete webhooks; a new hook's secret is shown once.</summary>
[Authorize(Policy = Roles.CanAdminister)]
public sealed class IndexModel(WebhookRegistry registry, IStringLocalizer<WebhookTexts> L) : PageModel
{
    public sealed class Input
    {
        public string? Url { get; set; }
        public List<string> Events { get; set; } = [];
    }

    [BindProperty] public Input Form { get; set; } = new();
    public List<WebhookRegistry.HookSummary> Hooks { get; private set; } = [];
    public Webhook? Created { get; private set; }

    public async Task OnGetAsync() => Hooks = await registry.ListAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var (hook, errors) = await registry.AddAsync(Form.Url, Form.Events, HttpContext.Actor());
        foreach (var (field, message) in errors) ModelState.AddModelError($"Form.{field}", L[message]);
        if (hook is not null)
        {
            Created = hook;
            Form = new Input();
            ModelState.Clear();
        }
        Hooks = await registry.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, bool enabled)
    {
        var done = await registry.SetEnabledAsync(id, enabled, HttpContext.Actor());
        TempData["Status"] = (!done ? L["That webhook no longer exists."] : enabled ? L["The webhook is enabled."] : L["The webhook is disabled: no new deliveries are queued for it."]).Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        TempData["Status"] = (await registry.DeleteAsync(id, HttpContext.Actor()) ? L["The webhook and its deliveries have been deleted."] : L["That webhook no longer exists."]).Value;
        return RedirectToPage();
    }
}
