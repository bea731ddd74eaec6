using Microsoft.AspNetCore.Identity;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

/// <summary>Identity's messages about passwords and accounts, in the request's language (English on the command line).</summary>
public sealed class LocalizedIdentityErrors(Localizer L) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string english, params object[] args) =>
        new() { Code = code, Description = args.Length == 0 ? L[english] : L[english, args] };

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), "The password must be at least {0} characters long.", length);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "The password must use at least {0} different characters.", uniqueChars);
    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "The password must contain a digit (0-9).");
    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "The password must contain a lowercase letter (a-z).");
    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "The password must contain an uppercase letter (A-Z).");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "The password must contain a symbol such as ! ? # or %.");
    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "The current password is incorrect.");
    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "A user with the email address {0} already exists.", email);
    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "A user with the email address {0} already exists.", userName);
    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "'{0}' is not a valid email address.", email ?? "");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "'{0}' is not a valid email address.", userName ?? "");
    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Someone else changed this user at the same time. Reload the page and try again.");
    public override IdentityError DefaultError() =>
        Error(nameof(DefaultError), "The change could not be saved. Try again.");
}
