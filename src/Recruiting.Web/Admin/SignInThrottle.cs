using System.Net;

namespace Recruiting.Web.Admin;

/// <summary>
/// Failed sign-ins counted per typed e-mail address AND client address: after <see cref="IdentityRules.MaxFailedSignIns"/>
/// failures within <see cref="IdentityRules.LockoutDuration"/>, that client may not try that address again until the
/// window ends, even with the right password. Every other client still can, so an attacker guessing from elsewhere
/// cannot lock the administrator out. Addresses without an account are counted the same way, so the answer tells
/// nothing about which addresses exist. Counted in the database by <see cref="SignInCounter"/>, so the limit holds
/// across instances; the per-client rate limit (<see cref="SignInRateLimit"/>) bounds how fast any one client can
/// try addresses (and so how many rows one client can add).
/// </summary>
public sealed class SignInThrottle(SignInCounter counter)
{
    public async Task<bool> IsBlockedAsync(string email, IPAddress? client, CancellationToken ct) =>
        (await counter.PeekAsync(Key(email, client), ct)).Count >= IdentityRules.MaxFailedSignIns;

    /// <returns>Whether this failure is the one that blocks the pair.</returns>
    public async Task<bool> RecordFailureAsync(string email, IPAddress? client, CancellationToken ct) =>
        (await counter.AddAsync(Key(email, client), IdentityRules.LockoutDuration, ct)).Count == IdentityRules.MaxFailedSignIns;

    public Task ForgetAsync(string email, IPAddress? client, CancellationToken ct) => counter.ForgetAsync(Key(email, client), ct);

    private static string Key(string email, IPAddress? client) => $"failed|{email.Trim().ToUpperInvariant()}|{client}";
}
