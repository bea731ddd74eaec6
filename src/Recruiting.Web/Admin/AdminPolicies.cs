
namespace Recruiting.Web.Admin;

/// <summary>The three console policies: each role includes the ones below it.</summary>
public static class AdminPolicies
{
    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Roles.CanAuthor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Publisher, Roles.Author));
        options.AddPolicy(Roles.CanPublish, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Publisher));
        options.AddPolicy(Roles.CanAdminister, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
    }
}
