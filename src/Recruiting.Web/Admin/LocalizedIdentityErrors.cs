using Microsoft.AspNetCore.Identity;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin;

/// <summary>Identity's messages about passwords and accounts, in the request's language (English on the command line).</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AdminTexts> L) : IdentityErrorDescriber
{
    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), L["The password must be at least {0} characters long.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), L["The password must use at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), L["The password must contain a digit (0-9)."]);
    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), L["The password must contain a lowercase letter (a-z)."]);
    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), L["The password must contain an uppercase letter (A-Z)."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), L["The password must contain a symbol such as ! ? # or %."]);
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), L["The current password is incorrect."]);
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), L["A user with the email address {0} already exists.", email]);
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), L["A user with the email address {0} already exists.", userName]);
    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), L["'{0}' is not a valid email address.", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), L["'{0}' is not a valid email address.", userName ?? ""]);
    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), L["Someone else changed this user at the same time. Reload the page and try again."]);
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), L["The change could not be saved. Try again."]);
}
