using System.Diagnostics.Metrics;

namespace Recruiting.Core.Telemetry;

/// <summary>
/// The product's own counters, on the meter "Recruiting" (exported with the framework's over OpenTelemetry when
/// an endpoint is configured; see the README, Deploy):
/// `recruiting.posting.events` (tag `event`: posting.published, posting.updated, posting.archived, posting.unpublished),
/// `recruiting.import.files` (tag `outcome`: created, updated, unchanged, rejected, conflict, skipped),
/// `recruiting.webhook.attempts` (tag `outcome`: delivered, retrying, failed), and
/// `recruiting.page_cache.requests` (tag `result`: hit, miss).
/// </summary>
public sealed class RecruitingMetrics
{
    public const string MeterName = "Recruiting";

    private readonly Counter<long> _postingEvents;
    private readonly Counter<long> _importFiles;
    private readonly Counter<long> _webhookAttempts;
    private readonly Counter<long> _pageCache;

    public RecruitingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _postingEvents = meter.CreateCounter<long>("recruiting.posting.events", "{event}", "Public changes to postings, by event.");
        _importFiles = meter.CreateCounter<long>("recruiting.import.files", "{file}", "Legacy files imported (not dry runs), by outcome.");
        _webhookAttempts = meter.CreateCounter<long>("recruiting.webhook.attempts", "{attempt}", "Webhook delivery attempts, by outcome.");
        _pageCache = meter.CreateCounter<long>("recruiting.page_cache.requests", "{request}", "Public page requests answered from memory (hit), from the stored rendered pages (stored), or rendered (miss).");
    }

    public void PostingEvent(string eventName) => _postingEvents.Add(1, new KeyValuePair<string, object?>("event", eventName));

    public void ImportedFile(string outcome) => _importFiles.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void WebhookAttempt(string outcome) => _webhookAttempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void PageCache(PageCacheResult result) => _pageCache.Add(1, new KeyValuePair<string, object?>("result", result switch
    {
        PageCacheResult.Hit => "hit",
        PageCacheResult.Stored => "stored",
        _ => "miss",
    }));
}

/// <summary>Where a public page view was answered from.</summary>
public enum PageCacheResult { Hit, Stored, Miss }
