using Microsoft.AspNetCore.Identity;
using Recruiting.Core.Storage;
using Recruiting.Web.Localization;

namespace Recruiting.Web.Admin;

public static class AdminIdentitySetup
{
    /// <summary>Accounts without the web sign-in machinery, for the command line.</summary>
    public static IServiceCollection AddAccountStore(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(IdentityRules.Apply)
            .AddRoles<IdentityRole>()
            .AddRecruitingAccounts();
        services.AddTextCatalog<AdminTexts>();
        services.AddScoped<UserAccounts>();
        return services;
    }

    /// <summary>
    /// Identity on RecruitingDb with an HttpOnly, SameSite=Lax cookie. `Security:SecureCookies` is
    /// `SameAsRequest` by default (Secure over HTTPS, usable over local http) and should be `Always` in production.
    /// The security stamp is checked on every request, so disabling a user or changing roles takes effect at once.
    /// </summary>
    public static IServiceCollection AddAdminIdentity(this IServiceCollection services, IConfiguration config)
    {
        services.AddIdentity<AppUser, IdentityRole>(IdentityRules.Apply)
            .AddRecruitingAccounts()
            .AddDefaultTokenProviders()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        services.AddScoped<SignInThrottle>();
        services.AddSingleton<DecoyPassword>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        var secure = CookieSecurity.Policy(config);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = AdminPaths.SignIn;
            cookie.LogoutPath = AdminPaths.SignOut;
            cookie.AccessDeniedPath = AdminPaths.AccessDenied;
            cookie.Cookie.Name = ".Recruiting.Session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".Recruiting.Antiforgery";
            o.Cookie.SecurePolicy = secure;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton(new ConsoleLanguage(secure));
        services.AddScoped<UserAccounts>();
        return services;
    }

    /// <summary>What the command line and the site share: users in RecruitingDb, errors in the user's language, the password rules.</summary>
    private static IdentityBuilder AddRecruitingAccounts(this IdentityBuilder identity) =>
        identity.AddEntityFrameworkStores<RecruitingDb>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordRules();
}
