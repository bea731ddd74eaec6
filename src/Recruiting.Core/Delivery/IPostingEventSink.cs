using Recruiting.Core.Content;
using Recruiting.Core.Storage;

namespace Recruiting.Core.Delivery;

/// <summary>
/// Told of every public change to a posting (see <see cref="PostingEvents"/>) before the change is saved,
/// so what it adds to <paramref name="db"/> (a webhook delivery, say) commits in the same transaction.
/// </summary>
public interface IPostingEventSink
{
    void OnPostingEvent(RecruitingDb db, string eventName, Posting posting, DateTimeOffset at);
}
