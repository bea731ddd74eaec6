using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Telemetry;

/// <summary>Counts every public change to a posting (recruiting.posting.events), as the save that makes it is prepared.</summary>
public sealed class PostingEventMetrics(RecruitingMetrics metrics) : IPostingEventSink
{
    public Task OnPostingEventsAsync(RecruitingDb db, IReadOnlyList<PostingEvent> events, CancellationToken ct)
    {
        foreach (var e in events) metrics.PostingEvent(e.Name);
        return Task.CompletedTask;
    }
}
