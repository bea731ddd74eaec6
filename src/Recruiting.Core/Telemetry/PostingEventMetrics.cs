using Recruiting.Core.Content;
using Recruiting.Core.Delivery;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Telemetry;

/// <summary>Counts every public change to a posting (recruiting.posting.events), as the save that makes it is prepared.</summary>
public sealed class PostingEventMetrics(RecruitingMetrics metrics) : IPostingEventSink
{
    public void OnPostingEvent(RecruitingDb db, string eventName, Posting posting, DateTimeOffset at) => metrics.PostingEvent(eventName);
}
