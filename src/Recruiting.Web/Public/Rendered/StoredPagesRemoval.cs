using Microsoft.Extensions.Options;
using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public.Rendered;

/// <summary>
/// Removes the stored pages a committed change makes wrong, in every process that changes public content (the site and
/// the command line), before the change is announced to the other instances (see InstancesSetup). In the site it also
/// empties the pages kept in memory and has the changed pages rendered again (<see cref="PageRenderer"/>).
/// </summary>
public sealed class StoredPagesRemoval(RenderedPageStore store, IOptions<PublicSiteOptions> options,
    RenderedPageMemory? memory = null, PageRenderer? renderer = null) : IPublicContentListener
{
    public async Task OnChangedAsync(PublicContentChange change, CancellationToken ct)
    {
        var removed = await store.RemoveAsync(change, ct);
        if (memory is not null) await memory.ForgetAllAsync(ct);
        if (renderer is null) return;
        var configured = options.Value.BaseUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;
        renderer.RenderAgain(await store.PostingKeysAsync(change.PostingIds, ct), removed, configured);
    }
}
