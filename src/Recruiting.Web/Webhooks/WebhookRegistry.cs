using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Webhooks;

/// <summary>What administrators do with webhooks in the console; every change is audited.</summary>
public sealed class WebhookRegistry(RecruitingDb db, WebhookTargets targets, TimeProvider clock)
{
    public sealed record HookSummary(Webhook Hook, int Pending, int Failed, DateTimeOffset? LastDeliveredAt);

    public async Task<List<HookSummary>> ListAsync(CancellationToken ct = default)
    {
        var hooks = await db.Webhooks.AsNoTracking().OrderBy(h => h.CreatedAt).ToListAsync(ct);
        var stats = await db.WebhookDeliveries.GroupBy(d => d.WebhookId).Select(g => new
        {
            WebhookId = g.Key,
            Pending = g.Count(d => d.Status == DeliveryStatus.Pending),
            Failed = g.Count(d => d.Status == DeliveryStatus.Failed),
            LastDeliveredAt = g.Max(d => d.DeliveredAt),
        }).ToDictionaryAsync(s => s.WebhookId, ct);
        return hooks.Select(h => stats.TryGetValue(h.Id, out var s)
            ? new HookSummary(h, s.Pending, s.Failed, s.LastDeliveredAt)
            : new HookSummary(h, 0, 0, null)).ToList();
    }

    public Task<Webhook?> FindAsync(Guid id, CancellationToken ct = default) => db.Webhooks.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id, ct);

    public Task<List<WebhookDelivery>> DeliveriesAsync(Guid hookId, int take = 100, CancellationToken ct = default) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == hookId)
            .OrderByDescending(d => d.CreatedAt).Take(take).ToListAsync(ct);

    /// <summary>
    /// The URL must be absolute http or https: other schemes (file:, ftp:, …) are refused, and so are control
    /// characters (CR/LF would let a URL carry headers). Where it points is checked by <see cref="WebhookTargets"/>.
    /// </summary>
    public static string? UrlProblem(string? url) =>
        string.IsNullOrWhiteSpace(url) ? "Enter the URL that receives the events."
        : url.Any(char.IsControl) ? "The URL holds a line break or another control character: enter it on one line."
        : !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            ? "Enter an http:// or https:// URL, such as https://example.com/hooks/careers."
            : null;

    public async Task<(Webhook? Hook, Dictionary<string, string> Errors)> AddAsync(string? url, IReadOnlyCollection<string> events, Actor actor, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (UrlProblem(url) is { } problem) errors["Url"] = problem;
        else if (await targets.ProblemAsync(new Uri(url!.Trim()), ct) is { } refused) errors["Url"] = refused;
        var chosen = WebhookEvents.Format(events);
        if (chosen.Length == 0) errors["Events"] = "Choose at least one event.";
        if (errors.Count > 0) return (null, errors);
        var hook = new Webhook
        {
            Url = url!.Trim(), Events = chosen, Secret = WebhookSignature.NewSecret(), Enabled = true, CreatedAt = clock.GetUtcNow(),
        };
        db.Webhooks.Add(hook);
        AuditLog.Record(db, actor, "webhook.created", hook.Url, chosen, hook.CreatedAt);
        await db.SaveChangesAsync(ct);
        return (hook, errors);
    }

    public async Task<bool> SetEnabledAsync(Guid id, bool enabled, Actor actor, CancellationToken ct = default)
    {
        var hook = await db.Webhooks.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (hook is null) return false;
        hook.Enabled = enabled;
        AuditLog.Record(db, actor, enabled ? "webhook.enabled" : "webhook.disabled", hook.Url, "", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> DeleteAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var hook = await db.Webhooks.SingleOrDefaultAsync(h => h.Id == id, ct);
        if (hook is null) return false;
        db.Webhooks.Remove(hook);
        AuditLog.Record(db, actor, "webhook.deleted", hook.Url, "", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Queues a delivery again with a fresh set of attempts; the sender sends the same signed body.</summary>
    public async Task<bool> ResendAsync(Guid deliveryId, Actor actor, CancellationToken ct = default)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, ct);
        if (delivery is null) return false;
        var now = clock.GetUtcNow();
        delivery.Status = DeliveryStatus.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = now;
        AuditLog.Record(db, actor, "webhook.resent", delivery.Id.ToString(), delivery.Event, now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
