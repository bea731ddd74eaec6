using Recruiting.Core.Storage;

namespace Recruiting.Core.Delivery;

/// <summary>
/// Told of the public changes to postings (see <see cref="PostingEvents"/>) before they are saved, so what it adds to
/// <paramref name="db"/> (a webhook delivery, say) commits in the same transaction. A save tells one event; an import
/// tells its whole batch at once, so a sink reads what it needs once per batch, not once per file.
/// </summary>
public interface IPostingEventSink
{
    Task OnPostingEventsAsync(RecruitingDb db, IReadOnlyList<PostingEvent> events, CancellationToken ct);
}
