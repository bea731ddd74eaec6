using Recruiting.Core.Delivery;
using Recruiting.Web.Admin;
using Recruiting.Web.Localization;
using Recruiting.Web.Webhooks;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Pages.Admin.Webhooks;

/// <summary>One webhook's latest deliveries with status, attempts and last error; any of them can be sent again, and a test event sent now.</summary>
[Authorize(Policy = Roles.CanAdminister)]
public sealed class DeliveriesModel(WebhookRegistry registry, WebhookDispatcher dispatcher, IStringLocalizer<WebhookTexts> L) : PageModel
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

    /// <summary>Sends a test event now and says how it went; the delivery is listed with the others.</summary>
    public async Task<IActionResult> OnPostTestAsync(Guid id, CancellationToken ct)
    {
        if (await dispatcher.SendTestAsync(id, HttpContext.Actor(), ct) is not { } sent) return NotFound();
        TempData["Status"] = (sent.Status == DeliveryStatus.Succeeded
            ? L["The test event was delivered: the receiver answered {0}.", sent.LastStatusCode ?? 200]
            : sent.LastStatusCode is { } code
                ? L["The test event was not delivered: the receiver answered {0}.", code]
                : L["The test event was not delivered: {0}", L[sent.LastError ?? WebhookDispatcher.NoConnection].Value]).Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid delivery)
    {
        TempData["Status"] = (await registry.ResendAsync(delivery, HttpContext.Actor())
            ? L["The delivery is queued to be sent again."]
            : L["That delivery no longer exists."]).Value;
        return RedirectToPage(new { id });
    }
}
