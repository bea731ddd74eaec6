using Microsoft.AspNetCore.Identity;

namespace Recruiting.Web.Admin;

/// <summary>
/// Password and user rules shared by the web site and the create-admin command (the only place they are set).
/// Passwords follow NIST SP 800-63B: at least 15 characters (a password is the only factor here), up to 256,
/// any characters, no composition rules, and nothing common or guessable (<see cref="PasswordStrengthValidator"/>).
/// Failed sign-ins are limited per e-mail address and client by <see cref="SignInThrottle"/>, not by locking accounts.
/// </summary>
public static class IdentityRules
{
    public const int MinimumPasswordLength = 15;
    public const int MaximumPasswordLength = 256;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        // No account-wide lockout: anyone could lock the administrator out by guessing wrong from anywhere.
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    public static IdentityBuilder AddPasswordRules(this IdentityBuilder identity) =>
        identity.AddPasswordValidator<PasswordStrengthValidator>();
}
