
namespace Recruiting.Web.Pages.Admin.Account;

/// <summary>Where a signed-in user lands when their role does not allow a page: a real 403.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
