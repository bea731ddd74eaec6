using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Audit;
using Recruiting.Core.Storage;
using Recruiting.Core.Workflow;
using Recruiting.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Recruiting.Web.Admin;

/// <summary>What an administrator (or the create-admin command) does to accounts; every change is audited.</summary>
public sealed class UserAccounts(UserManager<AppUser> users, RecruitingDb db, IStringLocalizer<AdminTexts> L, TimeProvider clock)
{
    public sealed record NewUser(string Email, string DisplayName, IReadOnlyCollection<string> Roles, string Language = "en");

    /// <summary>Success carries the user and, for generated passwords, the one-time password to show once.</summary>
    public sealed record Outcome(IReadOnlyList<string> Errors, AppUser? User = null, string? OneTimePassword = null)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>Creates a user. Without `chosenPassword` a one-time password is generated and must be changed at first sign-in.</summary>
    public async Task<Outcome> CreateAsync(NewUser input, Actor actor, string? chosenPassword = null)
    {
        var email = input.Email.Trim();
        var errors = CheckRoles(input.Roles);
        if (!ConsoleLanguage.IsSupported(input.Language)) errors.Add(L["Choose English or French as the language."]);
        if (await users.FindByEmailAsync(email) is not null) errors.Add(L["A user with the email address {0} already exists.", email]);
        if (errors.Count > 0) return new(errors);

        var password = chosenPassword ?? OneTimePassword.Generate();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? email : input.DisplayName.Trim(),
            PreferredLanguage = input.Language,
            MustChangePassword = chosenPassword is null,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Failed(created);
        var roles = await users.AddToRolesAsync(user, input.Roles.Distinct());
        if (!roles.Succeeded) return Failed(roles);
        AuditLog.Record(db, actor, AuditActions.Created, email, "roles: " + string.Join(", ", input.Roles.Order()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new([], user, chosenPassword is null ? password : null);
    }

    public async Task<Outcome> ChangeAsync(AppUser user, string displayName, string language, IReadOnlyCollection<string> roles, Actor actor)
    {
        var errors = CheckRoles(roles);
        if (!ConsoleLanguage.IsSupported(language)) errors.Add(L["Choose English or French as the language."]);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator))
            errors.AddRange(await CheckNotLastAdministratorAsync(user, actor));
        if (errors.Count > 0) return new(errors);

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.DisplayName = string.IsNullOrWhiteSpace(displayName) ? user.Email ?? "" : displayName.Trim();
        user.PreferredLanguage = language;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Failed(updated);
        var removed = current.Except(roles).ToArray();
        var added = roles.Except(current).Distinct().ToArray();
        if (removed.Length > 0 && await users.RemoveFromRolesAsync(user, removed) is { Succeeded: false } r) return Failed(r);
        if (added.Length > 0 && await users.AddToRolesAsync(user, added) is { Succeeded: false } a) return Failed(a);
        if (removed.Length + added.Length > 0)
            AuditLog.Record(db, actor, AuditActions.RolesChanged, user.Email ?? "",
                $"{string.Join(", ", current.Order())} → {string.Join(", ", roles.Order())}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new([], user);
    }

    /// <summary>Disabling also renews the security stamp, so the user's open sessions end at their next request.</summary>
    public async Task<Outcome> SetDisabledAsync(AppUser user, bool disabled, Actor actor)
    {
        if (user.Disabled == disabled) return new([], user);
        if (disabled && await users.IsInRoleAsync(user, Roles.Administrator))
        {
            var errors = await CheckNotLastAdministratorAsync(user, actor);
            if (errors.Count > 0) return new(errors);
        }
        user.Disabled = disabled;
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) return Failed(result);
        AuditLog.Record(db, actor, disabled ? AuditActions.Disabled : AuditActions.Enabled, user.Email ?? "");
        await db.SaveChangesAsync();
        return new([], user);
    }

    /// <summary>A new one-time password, shown once; the account is unlocked and its sessions end.</summary>
    public async Task<Outcome> ResetPasswordAsync(AppUser user, Actor actor)
    {
        var password = OneTimePassword.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        user.MustChangePassword = true;
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded) return Failed(reset);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        AuditLog.Record(db, actor, AuditActions.PasswordReset, user.Email ?? "");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new([], user, password);
    }

    private List<string> CheckRoles(IReadOnlyCollection<string> roles)
    {
        var errors = new List<string>();
        if (roles.Count == 0) errors.Add(L["Choose at least one role."]);
        foreach (var unknown in roles.Except(Roles.All))
            errors.Add(L["'{0}' is not a role. Choose Administrator, Publisher or Author.", unknown]);
        return errors;
    }

    /// <summary>The console must always keep an enabled administrator, and administrators cannot lock themselves out.</summary>
    private async Task<List<string>> CheckNotLastAdministratorAsync(AppUser user, Actor actor)
    {
        if (string.Equals(user.UserName, actor.Name, StringComparison.OrdinalIgnoreCase))
            return [L["You cannot remove your own administrator access. Ask another administrator."]];
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).SingleAsync();
        var otherActiveAdmins = await db.UserRoles
            .Where(ur => ur.RoleId == adminRoleId && ur.UserId != user.Id)
            .Join(db.Users.Where(u => !u.Disabled), ur => ur.UserId, u => u.Id, (ur, u) => u.Id)
            .CountAsync();
        return otherActiveAdmins > 0 ? [] : [L["This is the last enabled administrator. Make someone else an administrator first."]];
    }

    private static Outcome Failed(IdentityResult result) => new(result.Errors.Select(e => e.Description).ToList());
}
