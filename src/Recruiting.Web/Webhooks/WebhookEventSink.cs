using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;

namespace Recruiting.Web.Webhooks;

/// <summary>
/// Queues one delivery per enabled hook that listens to the event, in the workflow's own unit of work:
/// the deliveries commit with the change, or not at all. The sender picks them up from the database.
/// The hooks are read once per batch of events (an import's chunk), not once per event.
/// </summary>
public sealed class WebhookEventSink(SiteAddress site) : IPostingEventSink
{
    public async Task OnPostingEventsAsync(RecruitingDb db, IReadOnlyList<PostingEvent> events, CancellationToken ct)
    {
        var hooks = (await db.Webhooks.AsNoTracking().Where(h => h.Enabled).Select(h => new { h.Id, h.Events }).ToListAsync(ct))
            .Select(h => (h.Id, Events: WebhookEvents.Parse(h.Events))).ToList();
        if (hooks.Count == 0) return;
        foreach (var e in events)
        {
            var url = site.Absolute(PostingUrls.Canonical(e.Seen.Language, e.Seen.Slug));
            foreach (var hook in hooks.Where(h => h.Events.Contains(e.Name)))
            {
                var id = Guid.NewGuid();
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    Id = id, WebhookId = hook.Id, Event = e.Name, Status = DeliveryStatus.Pending,
                    Payload = WebhookPayload.Serialize(e.Name, id, e.Posting, e.At, e.Seen, url), CreatedAt = e.At, NextAttemptAt = e.At,
                });
            }
        }
    }
}

