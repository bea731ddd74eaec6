using Microsoft.EntityFrameworkCore;
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
        var seen = WhatThePublicSaw(db, posting);
        var url = site.Absolute(PostingUrls.Canonical(seen.Language, seen.Slug));
        foreach (var hook in hooks.Where(h => WebhookEvents.Parse(h.Events).Contains(eventName)))
        {
            var id = Guid.NewGuid();
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = id, WebhookId = hook.Id, Event = eventName, Status = DeliveryStatus.Pending,
                Payload = WebhookPayload.Serialize(eventName, id, posting, at, seen, url), CreatedAt = at, NextAttemptAt = at,
            });
        }
    }

    /// <summary>
    /// The language, slug and title the public saw. Unpublishing has already cleared the published fields when the
    /// event is raised, so they then come from what the database held before this change: the draft's never were public.
    /// A posting never published (nothing held either) falls back to its draft's address and no title.
    /// </summary>
    private static PublicFace WhatThePublicSaw(RecruitingDb db, Posting posting)
    {
        if (posting.PublishedSlug is not null)
            return new(posting.PublishedLanguage ?? posting.Language, posting.PublishedSlug, posting.PublishedTitle ?? "");
        var entry = db.Entry(posting);
        if (entry.State is EntityState.Detached or EntityState.Added) return new(posting.Language, posting.Slug, "");
        return new(
            entry.Property(p => p.PublishedLanguage).OriginalValue ?? posting.Language,
            entry.Property(p => p.PublishedSlug).OriginalValue ?? posting.Slug,
            entry.Property(p => p.PublishedTitle).OriginalValue ?? "");
    }
}

/// <summary>A posting as the public saw it: its published language, slug and title.</summary>
public sealed record PublicFace(string Language, string Slug, string Title);
