namespace Recruiting.Core.Identity;

/// <summary>
/// A count of sign-in events under one key (posts from a client address, or failures for an e-mail address from a
/// client address) in a window that starts at the key's first event and ends at `WindowEnds` (Unix time in
/// milliseconds). Kept in the database so every instance of the site counts against the same limits.
/// </summary>
public sealed class SignInCount
{
    public string Key { get; set; } = "";
    public long WindowEnds { get; set; }
    public int Count { get; set; }
}
