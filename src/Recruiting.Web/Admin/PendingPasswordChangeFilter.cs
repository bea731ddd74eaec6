using Microsoft.AspNetCore.Mvc.Filters;

namespace Recruiting.Web.Admin;

/// <summary>Marks the pages a user with a one-time password may still use (sign in/out, change password, language).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowWithPendingPasswordChangeAttribute : Attribute;

/// <summary>Until a one-time password is changed, every other console page redirects to the change-password page.</summary>
public sealed class PendingPasswordChangeFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var exempt = context.HandlerInstance.GetType().IsDefined(typeof(AllowWithPendingPasswordChangeAttribute), inherit: false);
        if (!exempt && context.HttpContext.User.HasClaim(AppClaimsFactory.MustChangePassword, "true"))
        {
            context.Result = new RedirectResult(AdminPaths.ChangePassword);
            return;
        }
        await next();
    }
}
