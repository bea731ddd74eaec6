using Microsoft.AspNetCore.Identity;

namespace Recruiting.Core.Identity;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>Set for generated one-time passwords: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }
    public bool Disabled { get; set; }
    public string PreferredLanguage { get; set; } = "en";
    public string TimeZone { get; set; } = "UTC";
    public DateTimeOffset CreatedAt { get; set; }
}
