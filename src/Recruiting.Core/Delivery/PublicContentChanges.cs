using Microsoft.Extensions.Logging;

namespace Recruiting.Core.Delivery;

/// <summary>
/// Where every write path says, after its commit, what it changed in what the public sees: the save pipeline (console,
/// API, scheduler), the import and the careers-index page editor. Each <see cref="IPublicContentListener"/> is told in
/// turn. The change is stored by then, so listeners are told even when the writer's request was cancelled, and a
/// failing listener is logged rather than thrown back at a writer whose work succeeded.
/// </summary>
public sealed class PublicContentChanges(IEnumerable<IPublicContentListener> listeners, ILogger<PublicContentChanges> logger)
{
    private readonly IPublicContentListener[] _listeners = listeners.ToArray();

    public async Task PublishAsync(PublicContentChange change)
    {
        if (change.IsEmpty) return;
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnChangedAsync(change, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "{Listener} failed to take a public content change into account.", listener.GetType().Name);
            }
        }
    }
}
