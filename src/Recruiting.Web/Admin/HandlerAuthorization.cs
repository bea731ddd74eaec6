using Microsoft.AspNetCore.Mvc.Filters;

namespace Recruiting.Web.Admin;

/// <summary>
/// A stricter policy for one handler of a page, e.g. `[AuthorizeHandler(Roles.CanPublish)] OnPostPublishAsync`
/// on an editor that Authors may otherwise use. (Razor Pages ignores [Authorize] on handler methods.)
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuthorizeHandlerAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>Enforces <see cref="AuthorizeHandlerAttribute"/>: a user who fails the policy gets the access-denied answer.</summary>
public sealed class HandlerAuthorizationFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var required = context.HandlerMethod?.MethodInfo.GetCustomAttributes(typeof(AuthorizeHandlerAttribute), false)
            .Cast<AuthorizeHandlerAttribute>().FirstOrDefault();
        if (required is not null)
        {
            var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(context.HttpContext.User, required.Policy)).Succeeded)
            {
                context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
                return;
            }
        }
        await next();
    }
}
