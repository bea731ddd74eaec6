using Microsoft.AspNetCore.Identity;

namespace Recruiting.Web.Admin;

/// <summary>Creates the three roles when missing (at start-up, under the start-up lock). Never a user: the first administrator comes from `create-admin`.</summary>
public static class RoleSeeder
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
    }
}
