using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Recruiting.Web.Admin;

/// <summary>
/// A password hash, made with the same hasher and cost as real accounts, to verify the typed password against
/// when no account has the typed address: an unknown address then takes as long to refuse as a wrong password.
/// </summary>
public sealed class DecoyPassword
{
    private readonly PasswordHasher<AppUser> _hasher;
    private readonly AppUser _nobody = new();
    private readonly string _hash;

    public DecoyPassword(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<AppUser>(options);
        _hash = _hasher.HashPassword(_nobody, Guid.NewGuid().ToString("N"));
    }

    /// <summary>Spends one password verification; never succeeds.</summary>
    public void Verify(string password) => _hasher.VerifyHashedPassword(_nobody, _hash, password);
}
