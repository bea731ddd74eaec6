namespace Recruiting.Core.Identity;

/// <summary>
/// How many sign-in posts one client address made in its current window, which ends at `WindowEnds` (Unix time in
/// milliseconds) and starts at its first post. Kept in the database so every instance counts against the same limit.
/// </summary>
public sealed class SignInAttemptCount
{
    public string Client { get; set; } = "";
    public long WindowEnds { get; set; }
    public int Count { get; set; }
}
