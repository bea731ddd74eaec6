namespace Recruiting.Core.Delivery;

/// <summary>
/// Told of every <see cref="PublicContentChange"/> after it is committed (the public page cache empties itself, say).
/// Register one with <c>services.AddSingleton&lt;IPublicContentListener, T&gt;()</c>.
/// </summary>
public interface IPublicContentListener
{
    Task OnChangedAsync(PublicContentChange change, CancellationToken ct);
}
