using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Recruiting.Core.Delivery;

namespace Recruiting.Web.Public.Rendered;

/// <summary>A stored page ready to send: its bytes, type, entity tag and how long it stays right.</summary>
public sealed record PageAnswer(string BaseUrl, string ContentType, string ETag, long? ValidUntilMs, ReadOnlyMemory<byte> Body)
{
    public static PageAnswer Of(RenderedPage page) => new(page.BaseUrl, page.ContentType, page.ETag, page.ValidUntilMs, page.Body);

    public bool IsValidAt(DateTimeOffset now) => ValidUntilMs is not { } until || now.ToUnixTimeMilliseconds() < until;
}

/// <summary>
/// Stored pages kept in this process's memory, in the output cache's store under the public content tag: every
/// eviction of the public page cache (this process's changes, other processes' announcements) empties them too, and its
/// size limit bounds them. `Site:PageCacheSeconds` is how long an entry lives; 0 keeps none, so that every view reads
/// the database.
/// </summary>
public sealed class RenderedPageMemory(IOutputCacheStore store, IConfiguration config)
{
    private const string Prefix = "rendered-page\n";
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(Math.Max(0, PublicPageCache.Seconds(config)));
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _epoch;

    /// <summary>How many times memory was emptied: read it before reading a page from the database, and keep the page only if it has not moved.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    public async ValueTask<PageAnswer?> FindAsync(string key, CancellationToken ct) =>
        _lifetime > TimeSpan.Zero && await store.GetAsync(Prefix + key, ct) is { } bytes ? Read(bytes) : null;

    /// <summary>Keeps <paramref name="page"/>, read when memory was at <paramref name="epoch"/>, unless memory was emptied since.</summary>
    public async ValueTask KeepAsync(string key, PageAnswer page, long epoch, DateTimeOffset now, CancellationToken ct)
    {
        var lifetime = page.ValidUntilMs is { } until ? TimeSpan.FromMilliseconds(Math.Min(_lifetime.TotalMilliseconds, until - now.ToUnixTimeMilliseconds())) : _lifetime;
        if (lifetime <= TimeSpan.Zero) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (Epoch == epoch) await store.SetAsync(Prefix + key, Write(page), [PublicPageCache.Tag], lifetime, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Empties every public page kept in memory: stored pages and the page cache's answers.</summary>
    public async Task ForgetAllAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            Interlocked.Increment(ref _epoch);
            await PublicPageCache.EvictAllAsync(store, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static byte[] Write(PageAnswer page)
    {
        using var buffer = new MemoryStream(page.Body.Length + 256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(page.BaseUrl);
            writer.Write(page.ContentType);
            writer.Write(page.ETag);
            writer.Write(page.ValidUntilMs ?? -1);
        }
        buffer.Write(page.Body.Span);
        return buffer.ToArray();
    }

    private static PageAnswer Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var (baseUrl, type, etag, until) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadInt64());
        var start = (int)reader.BaseStream.Position;
        return new PageAnswer(baseUrl, type, etag, until < 0 ? null : until, bytes.AsMemory(start));
    }
}
