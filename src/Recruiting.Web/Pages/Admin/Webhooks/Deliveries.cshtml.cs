using Recruiting.Core.Delivery;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;
using Recruiting.Web.Webhooks;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Webhooks;

/// <summary>One webhook's latest deliveries with status, attempts and last error; any of them can be sent again.</summary>
[Authorize(Policy = Roles.CanAdminister)]
public sealed class DeliveriesModel(WebhookRegistry registry, IStringLocalizer<WebhookTexts> L) : PageModel
{
    public Webhook Hook { get; private set; } = null!;
    public List<WebhookDelivery> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await registry.FindAsync(id) is not { } hook) return NotFound();
        Hook = hook;
        Deliveries = await registry.DeliveriesAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid delivery)
    {
        TempData["Status"] = (await registry.ResendAsync(delivery, HttpContext.Actor())
            ? L["The delivery is queued to be sent again."]
            : L["That delivery no longer exists."]).Value;
        return RedirectToPage(new { id });
    }
}
