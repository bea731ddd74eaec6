using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace Recruiting.Web.Admin;

/// <summary>
/// Failed sign-ins counted per typed e-mail address AND client address: after <see cref="IdentityRules.MaxFailedSignIns"/>
/// failures within <see cref="IdentityRules.LockoutDuration"/>, that client may not try that address again until the
/// window ends, even with the right password. Every other client still can, so an attacker guessing from elsewhere
/// cannot lock the administrator out. Addresses without an account are counted the same way, so the answer tells
/// nothing about which addresses exist. Kept in this instance's memory, bounded in entries; the per-client rate limit
/// (<see cref="SignInRateLimit"/>) bounds how fast any one client can try addresses.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock) : IDisposable
{
    public const int MaxTrackedPairs = 100_000;

    private sealed class Failures(DateTimeOffset windowEnds)
    {
        public int Count;
        public DateTimeOffset WindowEnds { get; } = windowEnds;
    }

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = MaxTrackedPairs });

    public bool IsBlocked(string email, IPAddress? client) =>
        _failures.TryGetValue(Key(email, client), out Failures? failures)
        && failures!.WindowEnds > clock.GetUtcNow() && Volatile.Read(ref failures.Count) >= IdentityRules.MaxFailedSignIns;

    /// <returns>Whether this failure is the one that blocks the pair.</returns>
    public bool RecordFailure(string email, IPAddress? client)
    {
        var now = clock.GetUtcNow();
        var key = Key(email, client);
        if (!_failures.TryGetValue(key, out Failures? failures) || failures!.WindowEnds <= now)
        {
            failures = new Failures(now + IdentityRules.LockoutDuration);
            _failures.Set(key, failures, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = failures.WindowEnds });
        }
        return Interlocked.Increment(ref failures.Count) == IdentityRules.MaxFailedSignIns;
    }

    public void Forget(string email, IPAddress? client) => _failures.Remove(Key(email, client));

    private static string Key(string email, IPAddress? client) => $"{email.Trim().ToUpperInvariant()}|{client}";

    public void Dispose() => _failures.Dispose();
}
