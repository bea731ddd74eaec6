using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Recruiting.Core.Audit;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;
using Recruiting.Core.Telemetry;
using Recruiting.Core.Workflow;

namespace Recruiting.Web.Webhooks;

/// <summary>
/// Sends the deliveries that are due, one POST each, and records the outcome in the database: succeeded on 2xx,
/// otherwise retried with exponential backoff until <see cref="WebhookOptions.MaxAttempts"/>, then failed.
/// Every instance of the site runs a sender: each attempt is first claimed in the database (see <see cref="ClaimAsync"/>),
/// so exactly one instance sends it.
/// </summary>
public sealed class WebhookDispatcher(RecruitingDb db, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock, RecruitingMetrics metrics, ILogger<WebhookDispatcher> log)
{
    public const string HttpClientName = "webhooks";

    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.WebhookDeliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .Join(db.Webhooks.Where(h => h.Enabled), d => d.WebhookId, h => h.Id, (d, h) => new { Delivery = d, h.Url, h.Secret })
            .OrderBy(x => x.Delivery.NextAttemptAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);
        var attempted = 0;
        foreach (var item in due)
        {
            if (!await ClaimAsync(item.Delivery, now, ct))
            {
                db.Entry(item.Delivery).State = EntityState.Detached;
                continue;
            }
            attempted++;
            await AttemptAsync(item.Delivery, item.Url, item.Secret, ct);
            await db.SaveChangesAsync(ct);
        }
        return attempted;
    }

    /// <summary>
    /// Takes the next attempt of a delivery for this instance: one conditional UPDATE that counts the attempt and moves
    /// its next attempt past the request timeout (plus <see cref="WebhookOptions.ClaimMarginSeconds"/>), and that only
    /// matches while the delivery is still due with the attempt count read. Of several instances, one matches; the
    /// others see 0 rows. Should this instance stop before recording the outcome, the delivery falls due again then.
    /// </summary>
    private async Task<bool> ClaimAsync(WebhookDelivery delivery, DateTimeOffset now, CancellationToken ct)
    {
        var attempts = delivery.Attempts;
        var until = ClaimedUntil(now);
        return await db.WebhookDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Pending && d.Attempts == attempts && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Attempts, attempts + 1).SetProperty(d => d.NextAttemptAt, until), ct) == 1;
    }

    private DateTimeOffset ClaimedUntil(DateTimeOffset now) => now + TimeSpan.FromSeconds(options.Value.TimeoutSeconds + options.Value.ClaimMarginSeconds);

    /// <summary>
    /// Sends a <see cref="WebhookPayload.TestEvent"/> to a hook now, enabled or not, by the path every delivery takes
    /// (signed body, headers, timeout, internal-address refusal), and records it among its deliveries. It is written
    /// already claimed by this instance, so no sender picks it up meanwhile, and tried once: a failed test is not retried.
    /// </summary>
    public async Task<WebhookDelivery?> SendTestAsync(Guid hookId, Actor actor, CancellationToken ct)
    {
        var hook = await db.Webhooks.AsNoTracking().SingleOrDefaultAsync(h => h.Id == hookId, ct);
        if (hook is null) return null;
        var now = clock.GetUtcNow();
        var delivery = new WebhookDelivery
        {
            WebhookId = hook.Id, Event = WebhookPayload.TestEvent, Status = DeliveryStatus.Pending, CreatedAt = now, NextAttemptAt = ClaimedUntil(now),
        };
        delivery.Payload = WebhookPayload.SerializeTest(delivery.Id, now);
        db.WebhookDeliveries.Add(delivery);
        AuditLog.Record(db, actor, "webhook.tested", hook.Url, "", now);
        await db.SaveChangesAsync(ct);
        await AttemptAsync(delivery, hook.Url, hook.Secret, ct, maxAttempts: 1);
        await db.SaveChangesAsync(ct);
        return delivery;
    }

    private async Task AttemptAsync(WebhookDelivery delivery, string url, string secret, CancellationToken ct, int? maxAttempts = null)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        delivery.Attempts++;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            delivery.LastStatusCode = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                delivery.Status = DeliveryStatus.Succeeded;
                delivery.DeliveredAt = clock.GetUtcNow();
                delivery.LastError = null;
                metrics.WebhookAttempt("delivered");
                return;
            }
            Retry(delivery, $"The receiver answered {(int)response.StatusCode}.", maxAttempts);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The console shows a generic reason: a connection error's own text (refused, reset, no route…) per address
            // and port would make the deliveries page a port scanner. The details go to the log.
            delivery.LastStatusCode = null;
            log.LogInformation(e, "Webhook delivery {Delivery} to {Url} did not get an answer.", delivery.Id, url);
            Retry(delivery, e is TaskCanceledException ? NoAnswerInTime
                : Find<RefusedTargetException>(e) is not null ? InternalTarget
                : NoConnection, maxAttempts);
        }
    }

    public const string NoAnswerInTime = "The receiver did not answer in time.";
    public const string NoConnection = "The receiver could not be reached.";
    public const string InternalTarget = "The receiver's address is on an internal network, where webhooks may not be sent.";

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    private void Retry(WebhookDelivery delivery, string error, int? maxAttempts)
    {
        delivery.LastError = error;
        if (delivery.Attempts >= (maxAttempts ?? options.Value.MaxAttempts))
        {
            delivery.Status = DeliveryStatus.Failed;
            metrics.WebhookAttempt("failed");
            log.LogWarning("Webhook delivery {Delivery} failed after {Attempts} attempts: {Error}", delivery.Id, delivery.Attempts, error);
            return;
        }
        delivery.NextAttemptAt = clock.GetUtcNow() + options.Value.RetryDelay(delivery.Attempts);
        metrics.WebhookAttempt("retrying");
    }
}
