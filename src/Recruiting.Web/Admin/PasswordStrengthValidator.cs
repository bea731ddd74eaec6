using Microsoft.AspNetCore.Identity;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin;

/// <summary>
/// Refuses passwords that are common or guessable by pattern, as NIST SP 800-63B asks instead of composition rules:
/// zxcvbn rates each password against its lists of common passwords, names and words, with l33t substitutions,
/// dates and years, keyboard runs, sequences and repeats, plus the site's own words and the user's e-mail and name.
/// `Password123!` and `Summer2024!!` fail; a long passphrase such as `correct horse battery staple` passes.
/// </summary>
public sealed class PasswordStrengthValidator(IStringLocalizer<AdminTexts> L) : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn's score from 0 to 4; 3 and up: roughly 10^10 guesses or more.</summary>
    public const int MinimumScore = 3;

    private static readonly string[] SiteWords =
        ["recruiting", "recrutement", "careers", "carrieres", "carrières", "emploi", "emplois", "jobs", "admin", "administrator",
         "administrateur", "motdepasse", "password", "changeme", "welcome", "bienvenue"];

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < IdentityRules.MinimumPasswordLength)
            return Task.FromResult(IdentityResult.Success); // Identity's own validator says it is too short.
        if (password.Length > IdentityRules.MaximumPasswordLength)
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = L["The password must be at most {0} characters long.", IdentityRules.MaximumPasswordLength],
            }));
        var personal = new[] { user.Email, user.UserName, user.DisplayName }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .SelectMany(s => s!.Split(['@', '.', ' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Append(s!));
        var score = Zxcvbn.Zxcvbn.MatchPassword(password, SiteWords.Concat(personal)).Score;
        return Task.FromResult(score >= MinimumScore ? IdentityResult.Success : IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordTooCommon",
            Description = L["This password is too common or too easy to guess (a known word with digits or symbols, a year, a keyboard run, your name…). Choose a passphrase of several unrelated words."],
        }));
    }
}
