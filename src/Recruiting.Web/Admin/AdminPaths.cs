namespace Recruiting.Web.Admin;

/// <summary>Console addresses other code links to (pages by their Razor name, URLs as the browser sees them).</summary>
public static class AdminPaths
{
    public const string SignInPage = "/Admin/Account/SignIn";
    public const string LanguagePage = "/Admin/Account/Language";
    public const string ChangePasswordPage = "/Admin/Account/ChangePassword";

    public const string Home = "/admin";
    public const string SignIn = "/admin/account/signin";
    public const string SignOut = "/admin/account/signout";
    public const string AccessDenied = "/admin/account/accessdenied";
    public const string ChangePassword = "/admin/account/changepassword";
    public const string Language = "/admin/account/language";
}
