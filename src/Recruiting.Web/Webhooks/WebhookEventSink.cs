using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Api.Content;

namespace Recruiting.Web.Webhooks;

/// <summary>
/// Queues one delivery per enabled hook that listens to the event, in the workflow's own unit of work:
/// the deliveries commit with the change, or not at all. The sender picks them up from the database.
/// </summary>
public sealed class WebhookEventSink(SiteAddress site) : IPostingEventSink
{
    public void OnPostingEvent(RecruitingDb db, string eventName, Posting posting, DateTimeOffset at)
    {
        var hooks = db.Webhooks.Where(h => h.Enabled).Select(h => new { h.Id, h.Events }).ToList();
        var url = site.Absolute(PostingUrls.Published(posting) ?? PostingUrls.Canonical(posting));
        var title = PublishedTitle(db, posting);
        foreach (var hook in hooks.Where(h => WebhookEvents.Parse(h.Events).Contains(eventName)))
        {
            var id = Guid.NewGuid();
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = id, WebhookId = hook.Id, Event = eventName, Status = DeliveryStatus.Pending,
                Payload = WebhookPayload.Serialize(eventName, id, posting, at, url, title), CreatedAt = at, NextAttemptAt = at,
            });
        }
    }

    /// <summary>
    /// What the public saw as the title. Unpublishing has already cleared the published content when the event is
    /// raised, so the title then comes from what the database held before this change (the draft's title never was public).
    /// </summary>
    private static string PublishedTitle(RecruitingDb db, Posting posting)
    {
        if (posting.PublishedTitle is { } title) return title;
        var entry = db.Entry(posting);
        return entry.State == Microsoft.EntityFrameworkCore.EntityState.Detached ? "" : entry.Property(p => p.PublishedTitle).OriginalValue ?? "";
    }
}
